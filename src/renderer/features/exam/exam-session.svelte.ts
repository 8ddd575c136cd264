/**
 * The running exam in the renderer: an answer sheet that shows each change at once, a queue that
 * saves the changes in order, and the clock. The main process holds the truth; after a submission,
 * an expiry or a failed save the sheet is replaced by what is stored.
 */
import type { AttemptAction, ExamQuestionView, ExamView } from '../../../core/index.ts';
import { ApiCallError, type Api } from '../../../shared/contract/client.ts';
import { AnswerSheet } from './answer-sheet.svelte.ts';
import { ExamClock, realTicker, type Ticker } from './exam-clock.svelte.ts';
import { ExamOverview } from './exam-overview.svelte.ts';
import { SendQueue } from './send-queue.svelte.ts';

export const CHANGED_ELSEWHERE =
  'this attempt was changed in another window or tab. You now see what is saved; make your last change again if you still want it.';

export class ExamSession {
  view = $state.raw<ExamView | undefined>();
  ended = $state(false);
  /**
   * A save was refused because another window changed the attempt, and the screen now shows what
   * that window saved. Said until dismissed or the user moves on, not only until the next save
   * succeeds: otherwise the answer the user sees move would change without a word.
   */
  changedElsewhere = $state(false);
  /** Practice: paused here at once; what is stored catches up when the pause is saved. */
  paused = $state(false);
  readonly sheet = new AnswerSheet();
  readonly overview = new ExamOverview(this.sheet, () => this.view?.questions ?? []);
  readonly queue: SendQueue;
  readonly clock: ExamClock;

  readonly current = $derived(this.view?.questions[this.sheet.currentIndex]);
  readonly total = $derived(this.view?.questions.length ?? 0);
  readonly unansweredCount = $derived(this.overview.counts.unanswered);

  constructor(
    private readonly api: Api,
    readonly attemptId: string,
    private readonly onEnded: () => void,
    ticker: Ticker = realTicker,
  ) {
    this.clock = new ExamClock(() => this.queue.push({ type: 'expire' }), ticker);
    this.queue = new SendQueue(
      // Each action names the revision this screen last saw: a change made elsewhere is detected.
      (action) => this.api.act({ attemptId: this.attemptId, action, ...(this.view ? { revision: this.view.revision } : {}) }),
      (view, action) => this.apply(view, action.type === 'submit' || action.type === 'expire'),
      (error) => this.resync(error),
    );
  }

  async load(): Promise<void> {
    this.apply(await this.api.getAttempt({ attemptId: this.attemptId }), true);
    if (!this.ended) this.clock.start();
  }

  dispose(): void {
    this.clock.stop();
  }

  /** Whatever failed, show what is really stored; if even that fails, the banner says so. */
  private async resync(error: unknown): Promise<void> {
    try {
      this.apply(await this.api.getAttempt({ attemptId: this.attemptId }), true);
      if (error instanceof ApiCallError && error.code === 'conflict' && !this.ended) {
        this.queue.saveError = CHANGED_ELSEWHERE;
        this.changedElsewhere = true;
      }
    } catch {
      /* the local state stays; the header shows "Not saved" with the error */
    }
  }

  private apply(view: ExamView, replaceSheet: boolean): void {
    // An attempt's questions never change: keeping the ones shown spares drawing them again.
    const shown = this.view?.questions;
    const same = shown?.length === view.questions.length && view.questions.every((q, i) => q.questionId === shown[i]!.questionId);
    this.view = same ? { ...view, questions: shown } : view;
    if (replaceSheet) this.paused = view.paused;
    this.clock.sync({ ...view, paused: this.paused });
    // Answers already show locally; only a submission, an expiry or a resync replaces them.
    if (replaceSheet || view.summary.status !== 'in-progress') this.sheet.reset(view);
    if (view.summary.status !== 'in-progress' && !this.ended) {
      this.ended = true;
      this.clock.stop();
      this.onEnded();
    }
  }

  private send(action: AttemptAction | undefined): void {
    if (action) void this.queue.push(action);
  }

  get currentIndex(): number {
    return this.sheet.currentIndex;
  }

  /**
   * The other questions in the order the user is likely to reach them: the next ones first, a
   * question behind counting double its distance (N is pressed far more often than P).
   */
  questionsByNearness(): ExamQuestionView[] {
    const at = this.sheet.currentIndex;
    const questions = this.view?.questions ?? [];
    return questions
      .map((question, index) => ({ question, distance: index > at ? index - at : 2 * (at - index) }))
      .filter((entry) => entry.distance > 0)
      .sort((a, b) => a.distance - b.distance)
      .map((entry) => entry.question);
  }

  goTo(index: number): void {
    if (!this.view || index < 0 || index >= this.total || index === this.sheet.currentIndex) return;
    this.changedElsewhere = false;
    this.send(this.sheet.goTo(index));
  }

  dismissChangedElsewhere(): void {
    this.changedElsewhere = false;
  }

  /** The next question, or the next flagged one while walking the flagged questions. */
  next(): void {
    const at = this.sheet.currentIndex;
    this.goTo(this.overview.walkingFlagged ? (this.overview.neighbourFlagged(at, 1) ?? at) : at + 1);
  }

  previous(): void {
    const at = this.sheet.currentIndex;
    this.goTo(this.overview.walkingFlagged ? (this.overview.neighbourFlagged(at, -1) ?? at) : at - 1);
  }

  /** Starts the walk through the flagged questions at the first of them. */
  walkFlagged(): void {
    const first = this.overview.flaggedIndexes[0];
    if (first === undefined) return;
    this.overview.walkingFlagged = true;
    this.overview.open = false;
    this.goTo(first);
  }

  /** Opens a question from the review screen (the filter stays as it was for the way back). */
  jumpTo(index: number): void {
    this.overview.walkingFlagged = false;
    this.overview.open = false;
    this.goTo(index);
  }

  toggleFlag(questionId = this.current?.questionId): void {
    if (!questionId || this.ended) return;
    this.send(this.sheet.toggleFlag(questionId));
  }

  /** Strikes an option out (or back in), like crossing it out on paper. */
  toggleEliminated(optionId: string): void {
    if (!this.current || this.ended) return;
    this.send(this.sheet.toggleStrikeOut(this.current.questionId, optionId));
  }

  /** Selects an option: replaces the choice for single answer, toggles for multiple (up to `choose`). */
  choose(optionId: string): void {
    if (!this.current || this.ended) return;
    this.send(this.sheet.choose(this.current, optionId));
  }

  /** Practice: sends the check of the current question; the key comes back in `view.reveals`. */
  check(questionId = this.current?.questionId): void {
    if (!questionId || this.ended || this.view?.feedback !== 'practice') return;
    this.send(this.sheet.check(questionId));
  }

  /** Practice: the clock stands still (here at once, on the server when the pause is saved). */
  setPaused(paused: boolean): void {
    if (this.ended || this.view?.feedback !== 'practice' || this.paused === paused) return;
    this.paused = this.clock.paused = paused;
    this.send({ type: paused ? 'pause' : 'resume' });
  }

  /** The scratch pad: every change is sent; changes waiting behind a save are merged into one. */
  setScratch(text: string): void {
    if (this.ended || text === this.sheet.scratch) return;
    this.send(this.sheet.setScratch(text));
  }

  submit(): Promise<void> {
    return this.queue.push({ type: 'submit' });
  }

  flushed(): Promise<void> {
    return this.queue.flushed();
  }
}
