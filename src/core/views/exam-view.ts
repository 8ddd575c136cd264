/**
 * What the renderer is shown during an attempt: no keys and no explanations (no feedback until
 * the end). The schema is strict, so a key that leaked into an exam view would fail the checks.
 */
import { z } from 'zod';
import { attemptSchema, attemptSummarySchema, type Attempt } from '../attempt/schema.ts';
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
});

export type DomainInfo = z.infer<typeof domainInfoSchema>;
export type ExamQuestionView = z.infer<typeof examQuestionViewSchema>;
export type ExamView = z.infer<typeof examViewSchema>;

export function domainInfo(pack: Pack): DomainInfo[] {
  return pack.domains.map(({ number, title, weight }) => ({ number, title, weight }));
}

export function toExamView(attempt: Attempt, pack: Pack, now: number): ExamView {
  const byId = questionIndex(pack);
  return {
    summary: summarizeAttempt(attempt),
    revision: attempt.revision,
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
          `Question ${item.questionId} is no longer in pack ${attempt.packId}. ` +
            'Answer as you like; it is scored with the key it had when this attempt started.',
        type: item.choose > 1 ? 'multiple' : 'single',
        choose: item.choose,
        options: item.optionIds.map((id) => ({ id, text: text.get(id) ?? `(option ${id})` })),
      };
    }),
  };
}
