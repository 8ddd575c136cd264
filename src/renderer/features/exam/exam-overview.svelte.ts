/**
 * The "Review all" screen's state, kept while the user jumps to a question and back: the filter,
 * and a walk through the flagged questions one by one, as on the real exam's review screen.
 */
import type { ExamQuestionView } from '../../../core/index.ts';
import type { AnswerSheet } from './answer-sheet.svelte.ts';

export type GridFilter = 'all' | 'unanswered' | 'incomplete' | 'flagged';
export type QuestionState = 'answered' | 'incomplete' | 'unanswered';

export class ExamOverview {
  open = $state(false);
  filter = $state<GridFilter>('all');
  /** Walking the flagged questions: Next and Previous go from one flagged question to the next. */
  walkingFlagged = $state(false);

  constructor(
    private readonly sheet: AnswerSheet,
    private readonly questions: () => readonly ExamQuestionView[],
  ) {}

  stateOf(question: ExamQuestionView): QuestionState {
    if (this.sheet.isIncomplete(question)) return 'incomplete';
    return (this.sheet.answers[question.questionId]?.length ?? 0) > 0 ? 'answered' : 'unanswered';
  }

  readonly counts = $derived.by(() => {
    const counts = { answered: 0, incomplete: 0, unanswered: 0, flagged: 0 };
    for (const question of this.questions()) {
      counts[this.stateOf(question)]++;
      if (this.sheet.isFlagged(question.questionId)) counts.flagged++;
    }
    return counts;
  });

  matches(question: ExamQuestionView): boolean {
    if (this.filter === 'flagged') return this.sheet.isFlagged(question.questionId);
    return this.filter === 'all' || this.stateOf(question) === this.filter;
  }

  /** Indexes of the flagged questions, in exam order. */
  readonly flaggedIndexes = $derived.by(() => this.questions().flatMap((q, index) => (this.sheet.isFlagged(q.questionId) ? [index] : [])));

  /** The flagged question after (or before) `from`, for the walk; undefined at either end. */
  neighbourFlagged(from: number, step: 1 | -1): number | undefined {
    const list = step === 1 ? this.flaggedIndexes : [...this.flaggedIndexes].reverse();
    return list.find((index) => (step === 1 ? index > from : index < from));
  }
}
