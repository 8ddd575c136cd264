/** The review of a finished attempt: every question with its key, explanations and references. */
import { z } from 'zod';
import { attemptSummarySchema, type Attempt, type AttemptSummary } from '../attempt/schema.ts';
import { summarizeAttempt } from '../attempt/summary.ts';
import { questionIndex, type Pack, type Question } from '../pack/model.ts';
import { isAnswerCorrect } from '../rules/score-rules.ts';
import { attemptBreakdown, attemptBreakdownSchema } from './attempt-breakdown.ts';
import { domainInfo, domainInfoSchema } from './exam-view.ts';

export const reviewOptionViewSchema = z.object({
  id: z.string(),
  text: z.string(),
  explanation: z.string(),
  correct: z.boolean(),
  chosen: z.boolean(),
});

export const reviewItemViewSchema = z.object({
  number: z.number().int(),
  questionId: z.string(),
  domain: z.number().int(),
  task: z.string(),
  /** False when the pack no longer holds this question: the score still counts it. */
  available: z.boolean(),
  stem: z.string(),
  type: z.enum(['single', 'multiple']),
  choose: z.number().int(),
  options: z.array(reviewOptionViewSchema),
  references: z.array(z.string()),
  topics: z.array(z.string()),
  answered: z.boolean(),
  correct: z.boolean(),
  flagged: z.boolean(),
  /** Milliseconds spent on the question, when the attempt recorded it. */
  timeMs: z.number().optional(),
});

export const attemptReviewViewSchema = z.object({
  summary: attemptSummarySchema,
  durationMs: z.number(),
  timeUsedMs: z.number(),
  domains: z.array(domainInfoSchema),
  items: z.array(reviewItemViewSchema),
  breakdown: attemptBreakdownSchema,
});

export type ReviewOptionView = z.infer<typeof reviewOptionViewSchema>;
export type ReviewItemView = z.infer<typeof reviewItemViewSchema>;
export type AttemptReviewView = z.infer<typeof attemptReviewViewSchema>;

/** `previous`: the attempt of the same kind before this one (see `previousOfSameKind`), for the change. */
export function toAttemptReviewView(attempt: Attempt, pack: Pack | undefined, previous?: AttemptSummary): AttemptReviewView {
  const byId = pack ? questionIndex(pack) : new Map<string, Question>();
  const flagged = new Set(attempt.flagged);
  const end = attempt.submittedAt ?? attempt.deadline;
  const times = attempt.answerTimes ?? {};
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
        ...(times[item.questionId] !== undefined ? { timeMs: times[item.questionId] } : {}),
      };
    }),
    breakdown: attemptBreakdown(attempt, pack, previous),
  };
}
