/**
 * The running exam in the renderer. Answers show at once (no waiting on disk); each action is
 * sent to the main process in order, where it is saved before the next one is sent.
 */
import type { AttemptAction, ExamView } from '../../core/index.ts';
import { warningLevel } from '../../core/rules/timer.ts';
import { api } from './api.ts';
import { errorMessage } from './format.ts';

export type SaveState = 'saved' | 'saving' | 'error';

export class ExamSession {
  view = $state<ExamView | undefined>();
  currentIndex = $state(0);
  answers = $state<Record<string, string[]>>({});
  flagged = $state<string[]>([]);
  eliminated = $state<Record<string, string[]>>({});
  remainingMs = $state(0);
  saveState = $state<SaveState>('saved');
  saveError = $state('');
  ended = $state(false);
  private pending = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private deadlineAt = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private expiring = false;

  readonly current = $derived(this.view?.questions[this.currentIndex]);
  readonly total = $derived(this.view?.questions.length ?? 0);
  readonly warning = $derived(warningLevel(this.remainingMs));
  readonly unansweredCount = $derived(this.view ? this.view.questions.filter((q) => !this.answers[q.questionId]?.length).length : 0);

  constructor(
    readonly attemptId: string,
    private readonly onEnded: () => void,
  ) {}

  async load(): Promise<void> {
    this.apply(await api.getAttempt({ attemptId: this.attemptId }), true);
    this.timer = setInterval(() => this.tick(), 250);
  }

  dispose(): void {
    clearInterval(this.timer);
  }

  private apply(view: ExamView, full: boolean): void {
    this.view = view;
    this.deadlineAt = performance.now() + view.remainingMs;
    this.remainingMs = view.remainingMs;
    if (full) {
      this.currentIndex = view.currentIndex;
      this.answers = { ...view.answers };
      this.flagged = [...view.flagged];
      this.eliminated = { ...view.eliminated };
    }
    if (view.summary.status !== 'in-progress' && !this.ended) {
      this.ended = true;
      clearInterval(this.timer);
      this.onEnded();
    }
  }

  private tick(): void {
    if (this.ended) return;
    this.remainingMs = Math.max(0, this.deadlineAt - performance.now());
    if (this.remainingMs <= 0 && !this.expiring) {
      this.expiring = true;
      void this.send({ type: 'expire' }).finally(() => (this.expiring = false));
    }
  }

  /** Sends one action after those before it; the server's answer is the truth. */
  private send(action: AttemptAction): Promise<void> {
    this.pending++;
    this.saveState = 'saving';
    const run = async () => {
      try {
        const view = await api.act({ attemptId: this.attemptId, action });
        this.pending--;
        if (this.pending === 0) this.saveState = 'saved';
        // Only a submission or a resync replaces local state; answers already show locally.
        this.apply(view, action.type === 'submit' || action.type === 'expire' || view.summary.status !== 'in-progress');
      } catch (error) {
        this.pending--;
        this.saveState = 'error';
        this.saveError = errorMessage(error);
        // Whatever failed, show what is really stored.
        try {
          this.apply(await api.getAttempt({ attemptId: this.attemptId }), true);
        } catch {
          /* keep the local state; the banner says saving failed */
        }
      }
    };
    const next = this.queue.then(run);
    this.queue = next;
    return next;
  }

  goTo(index: number): void {
    if (!this.view || index < 0 || index >= this.total || index === this.currentIndex) return;
    this.currentIndex = index;
    void this.send({ type: 'navigate', index });
  }

  next(): void {
    this.goTo(this.currentIndex + 1);
  }

  previous(): void {
    this.goTo(this.currentIndex - 1);
  }

  isFlagged(questionId: string): boolean {
    return this.flagged.includes(questionId);
  }

  toggleFlag(questionId = this.current?.questionId): void {
    if (!questionId || this.ended) return;
    const flagged = !this.isFlagged(questionId);
    this.flagged = flagged ? [...this.flagged, questionId] : this.flagged.filter((id) => id !== questionId);
    void this.send({ type: 'flag', questionId, flagged });
  }

  isEliminated(questionId: string, optionId: string): boolean {
    return this.eliminated[questionId]?.includes(optionId) ?? false;
  }

  /** Strikes an option out (or back in), like crossing it out on paper. */
  toggleEliminated(optionId: string): void {
    const question = this.current;
    if (!question || this.ended) return;
    const eliminated = !this.isEliminated(question.questionId, optionId);
    const others = (this.eliminated[question.questionId] ?? []).filter((id) => id !== optionId);
    this.eliminated = { ...this.eliminated, [question.questionId]: eliminated ? [...others, optionId] : others };
    void this.send({ type: 'eliminate', questionId: question.questionId, optionId, eliminated });
  }

  /** Selects an option: replaces the choice for single answer, toggles for multiple (up to `choose`). */
  choose(optionId: string): void {
    const question = this.current;
    if (!question || this.ended) return;
    const chosen = this.answers[question.questionId] ?? [];
    let next: string[];
    if (question.choose === 1) next = [optionId];
    else if (chosen.includes(optionId)) next = chosen.filter((id) => id !== optionId);
    else if (chosen.length < question.choose) next = [...chosen, optionId];
    else return;
    this.answers = { ...this.answers, [question.questionId]: next };
    void this.send({ type: 'answer', questionId: question.questionId, optionIds: next });
  }

  submit(): Promise<void> {
    return this.send({ type: 'submit' });
  }

  async flushed(): Promise<void> {
    await this.queue;
  }
}
