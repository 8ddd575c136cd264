/**
 * What the renderer is shown during an attempt: no keys and no explanations (no feedback until
 * the end). The schema is strict, so a key that leaked into an exam view would fail the checks.
 */
import { z } from 'zod';
import { deadlineAt, VISIT_CAP_MS } from '../attempt/reducer.ts';
import { attemptSchema, attemptSummarySchema, feedbackSchema, revealSchema, type Attempt } from '../attempt/schema.ts';
import type { Question } from '../pack/model.ts';
import { summarizeAttempt } from '../attempt/summary.ts';
import { questionIndex, type Pack } from '../pack/model.ts';
import { remainingMs } from '../rules/timer.ts';

export const domainInfoSchema = z.object({ number: z.number().int(), title: z.string(), weight: z.number() });

export const examQuestionViewSchema = z.strictObject({
  questionId: z.string(),
  stem: z.string(),
  type: z.enum(['single', 'multiple']),
  choose: z.number().int().min(1),
  options: z.array(z.strictObject({ id: z.string(), text: z.string() })),
});

/** What practice shows of a question once its answer is checked (never in an exam). */
export const revealViewSchema = z.strictObject({
  correct: z.boolean(),
  keyIds: z.array(z.string()),
  explanations: z.record(z.string(), z.string()),
  references: z.array(z.string()),
  topics: z.array(z.string()),
});

export const examViewSchema = z.strictObject({
  summary: attemptSummarySchema,
  /** The attempt's revision: an action sent with an older one was made on a stale screen. */
  revision: z.number().int().min(0),
  currentIndex: z.number().int().min(0),
  remainingMs: z.number().min(0),
  durationMs: z.number(),
  answers: attemptSchema.shape.answers,
  flagged: attemptSchema.shape.flagged,
  eliminated: attemptSchema.shape.answers,
  questions: z.array(examQuestionViewSchema),
  feedback: feedbackSchema,
  reveal: revealSchema,
  untimed: z.boolean(),
  paused: z.boolean(),
  /** Time spent on the questions so far (visits capped), for untimed attempts' clock. */
  spentMs: z.number().min(0),
  scratch: z.string(),
  checked: z.array(z.string()),
  /** Practice only: the key and explanations of each checked question. */
  reveals: z.record(z.string(), revealViewSchema).optional(),
});

export type DomainInfo = z.infer<typeof domainInfoSchema>;
export type ExamQuestionView = z.infer<typeof examQuestionViewSchema>;
export type ExamView = z.infer<typeof examViewSchema>;
export type RevealView = z.infer<typeof revealViewSchema>;

function revealOf(attempt: Attempt, question: Question | undefined, questionId: string): RevealView {
  const item = attempt.items.find((i) => i.questionId === questionId)!;
  const chosen = attempt.answers[questionId] ?? [];
  const keys = new Set(item.correctOptionIds);
  return {
    correct: chosen.length === keys.size && chosen.every((id) => keys.has(id)),
    keyIds: item.correctOptionIds,
    explanations: Object.fromEntries((question?.options ?? []).map((o) => [o.id, o.explanation])),
    references: question?.references ?? [],
    topics: question?.topics ?? [],
  };
}

function spentOf(attempt: Attempt, now: number): number {
  const total = Object.values(attempt.answerTimes ?? {}).reduce((sum, ms) => sum + ms, 0);
  const visiting = attempt.pausedAt === undefined && attempt.viewedAt !== undefined ? Math.min(VISIT_CAP_MS, now - attempt.viewedAt) : 0;
  return total + Math.max(0, visiting);
}

export function domainInfo(pack: Pack): DomainInfo[] {
  return pack.domains.map(({ number, title, weight }) => ({ number, title, weight }));
}

export function toExamView(attempt: Attempt, pack: Pack, now: number): ExamView {
  const byId = questionIndex(pack);
  return {
    summary: summarizeAttempt(attempt),
    revision: attempt.revision,
    currentIndex: attempt.currentIndex,
    remainingMs: attempt.status === 'in-progress' && !attempt.untimed ? remainingMs(deadlineAt(attempt, now), now) : 0,
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
          `Question ${item.questionId} is no longer in pack ${attempt.packId}. ` +
            'Answer as you like; it is scored with the key it had when this attempt started.',
        type: item.choose > 1 ? 'multiple' : 'single',
        choose: item.choose,
        options: item.optionIds.map((id) => ({ id, text: text.get(id) ?? `(option ${id})` })),
      };
    }),
    feedback: attempt.feedback ?? 'exam',
    reveal: attempt.reveal ?? 'on-check',
    untimed: attempt.untimed ?? false,
    paused: attempt.pausedAt !== undefined,
    spentMs: spentOf(attempt, now),
    scratch: attempt.scratch ?? '',
    checked: attempt.checked ?? [],
    // The key of a question reaches the screen only in practice, and only once it was checked.
    ...(attempt.feedback === 'practice'
      ? { reveals: Object.fromEntries((attempt.checked ?? []).map((id) => [id, revealOf(attempt, byId.get(id), id)])) }
      : {}),
  };
}
