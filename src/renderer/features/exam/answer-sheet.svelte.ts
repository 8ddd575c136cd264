/**
 * What the user has chosen, flagged and struck out, shown at once. Every change goes through the
 * core's own rules (the same functions the reducer applies when the change is saved) and comes
 * back as the action to send, so the screen and the stored attempt cannot disagree.
 */
import type { AttemptAction, ExamQuestionView, ExamView } from '../../../core/index.ts';
import { isIncomplete, toggledChoice, withAnswer, withFlag, withoutStrikeOutsOf, withStrikeOut } from '../../../core/rules/answer-rules.ts';

export class AnswerSheet {
  currentIndex = $state(0);
  answers = $state.raw<Record<string, string[]>>({});
  flagged = $state.raw<string[]>([]);
  eliminated = $state.raw<Record<string, string[]>>({});
  /** Practice: questions checked (their answer is final); the scratch pad's text. */
  checked = $state.raw<string[]>([]);
  scratch = $state('');

  /** Replaces everything with what is stored (on load, and after a save failed or was refused). */
  reset(view: ExamView): void {
    this.currentIndex = view.currentIndex;
    this.answers = view.answers;
    this.flagged = view.flagged;
    this.eliminated = view.eliminated;
    this.checked = view.checked;
    this.scratch = view.scratch;
  }

  isChecked(questionId: string): boolean {
    return this.checked.includes(questionId);
  }

  /** Practice: reveals the key; the answer is locked from now on. */
  check(questionId: string): AttemptAction | undefined {
    if (this.isChecked(questionId)) return undefined;
    this.checked = [...this.checked, questionId];
    return { type: 'check', questionId };
  }

  setScratch(text: string): AttemptAction {
    this.scratch = text;
    return { type: 'scratch', text };
  }

  chosen(questionId: string): readonly string[] {
    return this.answers[questionId] ?? [];
  }

  isFlagged(questionId: string): boolean {
    return this.flagged.includes(questionId);
  }

  isEliminated(questionId: string, optionId: string): boolean {
    return this.eliminated[questionId]?.includes(optionId) ?? false;
  }

  isIncomplete(question: ExamQuestionView): boolean {
    return isIncomplete(this.answers[question.questionId], question.choose);
  }

  /** A click on an option; undefined when the rules refuse it (already `choose` selected). */
  choose(question: ExamQuestionView, optionId: string): AttemptAction | undefined {
    if (this.isChecked(question.questionId)) return undefined;
    const next = toggledChoice(this.chosen(question.questionId), optionId, question.choose);
    if (!next) return undefined;
    this.answers = withAnswer(this.answers, question.questionId, next);
    this.eliminated = withoutStrikeOutsOf(this.eliminated, question.questionId, next);
    return { type: 'answer', questionId: question.questionId, optionIds: next };
  }

  toggleFlag(questionId: string): AttemptAction {
    const flagged = !this.isFlagged(questionId);
    this.flagged = withFlag(this.flagged, questionId, flagged);
    return { type: 'flag', questionId, flagged };
  }

  toggleStrikeOut(questionId: string, optionId: string): AttemptAction {
    const eliminated = !this.isEliminated(questionId, optionId);
    this.eliminated = withStrikeOut(this.eliminated, questionId, optionId, eliminated);
    return { type: 'eliminate', questionId, optionId, eliminated };
  }

  goTo(index: number): AttemptAction {
    this.currentIndex = index;
    return { type: 'navigate', index };
  }
}
