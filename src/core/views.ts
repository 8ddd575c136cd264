/**
 * What the renderer is shown. During an exam it gets no keys or explanations (no feedback
 * until the end); a review carries everything.
 */
import type { Attempt, AttemptSummary } from './attempt.ts';
import { summarizeAttempt } from './attempt.ts';
import { questionIndex, type Pack, type Question } from './model.ts';
import { isAnswerCorrect } from './scoring.ts';
import { remainingMs } from './timer.ts';

export interface DomainInfo {
  number: number;
  title: string;
  weight: number;
}

export interface ExamQuestionView {
  questionId: string;
  stem: string;
  type: 'single' | 'multiple';
  choose: number;
  options: { id: string; text: string }[];
}

export interface ExamView {
  summary: AttemptSummary;
  currentIndex: number;
  remainingMs: number;
  durationMs: number;
  answers: Record<string, string[]>;
  flagged: string[];
  eliminated: Record<string, string[]>;
  questions: ExamQuestionView[];
}

export interface ReviewOptionView {
  id: string;
  text: string;
  explanation: string;
  correct: boolean;
  chosen: boolean;
}

export interface ReviewItemView {
  number: number;
  questionId: string;
  domain: number;
  task: string;
  /** False when the pack no longer holds this question: the score still counts it. */
  available: boolean;
  stem: string;
  type: 'single' | 'multiple';
  choose: number;
  options: ReviewOptionView[];
  references: string[];
  topics: string[];
  answered: boolean;
  correct: boolean;
  flagged: boolean;
}

export interface ReviewView {
  summary: AttemptSummary;
  durationMs: number;
  timeUsedMs: number;
  domains: DomainInfo[];
  items: ReviewItemView[];
}

export function domainInfo(pack: Pack): DomainInfo[] {
  return pack.domains.map(({ number, title, weight }) => ({ number, title, weight }));
}

export function toExamView(attempt: Attempt, pack: Pack, now: number): ExamView {
  const byId = questionIndex(pack);
  return {
    summary: summarizeAttempt(attempt),
    currentIndex: attempt.currentIndex,
    remainingMs: attempt.status === 'in-progress' ? remainingMs(attempt.deadline, now) : 0,
    durationMs: attempt.durationMs,
    answers: attempt.answers,
    flagged: attempt.flagged,
    eliminated: attempt.eliminated ?? {},
    questions: attempt.items.map((item) => {
      const question = byId.get(item.questionId);
      const text = new Map(question?.options.map((o) => [o.id, o.text]));
      return {
        questionId: item.questionId,
        stem:
          question?.stem ??
          `Question ${item.questionId} is no longer in pack ${attempt.packId}. Answer as you like; it is scored with the key it had when this attempt started.`,
        type: item.choose > 1 ? 'multiple' : 'single',
        choose: item.choose,
        options: item.optionIds.map((id) => ({ id, text: text.get(id) ?? `(option ${id})` })),
      };
    }),
  };
}

export function toReviewView(attempt: Attempt, pack: Pack | undefined): ReviewView {
  const byId = pack ? questionIndex(pack) : new Map<string, Question>();
  const flagged = new Set(attempt.flagged);
  const end = attempt.submittedAt ?? attempt.deadline;
  return {
    summary: summarizeAttempt(attempt),
    durationMs: attempt.durationMs,
    timeUsedMs: Math.min(attempt.durationMs, Math.max(0, end - attempt.startedAt)),
    domains: pack ? domainInfo(pack) : [],
    items: attempt.items.map((item, index) => {
      const question = byId.get(item.questionId);
      const chosen = attempt.answers[item.questionId] ?? [];
      const keys = new Set(item.correctOptionIds);
      const options = new Map(question?.options.map((o) => [o.id, o]));
      return {
        number: index + 1,
        questionId: item.questionId,
        domain: item.domain,
        task: item.task,
        available: question !== undefined,
        stem: question?.stem ?? `This question (${item.questionId}) is no longer in the pack.`,
        type: item.choose > 1 ? 'multiple' : 'single',
        choose: item.choose,
        options: item.optionIds.map((id) => ({
          id,
          text: options.get(id)?.text ?? `(option ${id})`,
          explanation: options.get(id)?.explanation ?? '',
          correct: keys.has(id),
          chosen: chosen.includes(id),
        })),
        references: question?.references ?? [],
        topics: question?.topics ?? [],
        answered: chosen.length > 0,
        correct: isAnswerCorrect(item.correctOptionIds, chosen),
        flagged: flagged.has(item.questionId),
      };
    }),
  };
}
