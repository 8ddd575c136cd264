/**
 * Practice on top of the exam's session: answer, check (the key, the verdict, every option's
 * explanation and the references come back from the main process), then go on. With reveal
 * 'at-once' the check is sent as soon as the answer is complete. The answer sheet, the send queue
 * and the clock are the exam's own.
 */
import type { ReviewOptionView, RevealView } from '../../../core/index.ts';
import { isIncomplete } from '../../../core/rules/answer-rules.ts';
import type { ExamSession } from '../exam/exam-session.svelte.ts';

/** What Enter (or the main button) does now. */
export type Step = 'check' | 'show' | 'checking' | 'next' | 'finish';

/** What the practice screen and its controls are given. */
export interface PracticeProps {
  session: ExamSession;
  flow: PracticeFlow;
  onEnd: () => void;
  onLeave: () => void;
}

export class PracticeFlow {
  constructor(private readonly session: ExamSession) {}

  get questionId(): string | undefined {
    return this.session.current?.questionId;
  }

  get checked(): boolean {
    return this.questionId !== undefined && this.session.sheet.isChecked(this.questionId);
  }

  /** The key and explanations of the current question, once the check is saved. */
  get reveal(): RevealView | undefined {
    return this.questionId ? this.session.view?.reveals?.[this.questionId] : undefined;
  }

  get answerComplete(): boolean {
    const question = this.session.current;
    if (!question) return false;
    const chosen = this.session.sheet.answers[question.questionId];
    return (chosen?.length ?? 0) > 0 && !isIncomplete(chosen, question.choose);
  }

  get step(): Step {
    if (!this.checked) return (this.session.sheet.answers[this.questionId ?? '']?.length ?? 0) > 0 ? 'check' : 'show';
    if (!this.reveal) return 'checking';
    return this.session.currentIndex >= this.session.total - 1 ? 'finish' : 'next';
  }

  /** The options as the review shows them: the key, the user's answer, the explanations. */
  get options(): ReviewOptionView[] {
    const question = this.session.current;
    const reveal = this.reveal;
    if (!question || !reveal) return [];
    const chosen = this.session.sheet.chosen(question.questionId);
    return question.options.map((o) => ({
      id: o.id,
      text: o.text,
      explanation: reveal.explanations[o.id] ?? '',
      correct: reveal.keyIds.includes(o.id),
      chosen: chosen.includes(o.id),
    }));
  }

  /** Selects an option; with reveal 'at-once' a complete answer is checked there and then. */
  choose(optionId: string): void {
    if (this.checked) return;
    this.session.choose(optionId);
    if (this.session.view?.reveal === 'at-once' && this.answerComplete) this.session.check();
  }

  /** Enter and the main button: check, then go on; returns 'finish' on the last question. */
  advance(): Step {
    const step = this.step;
    if (step === 'check' || step === 'show') this.session.check();
    else if (step === 'next') this.session.next();
    return step;
  }

  /** Checked so far, and how many of them were right (the reveals say). */
  get score(): { checked: number; correct: number } {
    const reveals = Object.values(this.session.view?.reveals ?? {});
    return { checked: reveals.length, correct: reveals.filter((r) => r.correct).length };
  }
}
