/**
 * Spaced review of missed questions (Leitner boxes). Every submitted attempt updates a record per
 * question: a miss puts it back in box 0 (due at once), a correct answer moves it up one box and
 * pushes its next review further out. Questions never missed are not tracked as due.
 */
import { z } from 'zod';
import type { Attempt } from '../attempt/schema.ts';
import { isAnswerCorrect } from '../rules/score-rules.ts';

export const BOX_INTERVAL_DAYS = [0, 1, 3, 7, 14, 30] as const;
const DAY = 24 * 3600_000;

export const questionRecordSchema = z.object({
  seen: z.number(),
  misses: z.number(),
  box: z.number().int().min(0),
  lastSeen: z.number(),
  due: z.number(),
});

/** packId -> questionId -> record */
export const questionRecordsSchema = z.record(z.string(), z.record(z.string(), questionRecordSchema));

export type QuestionRecord = z.infer<typeof questionRecordSchema>;
export type QuestionRecords = z.infer<typeof questionRecordsSchema>;

export function recordAttempt(records: QuestionRecords, attempt: Attempt): QuestionRecords {
  if (attempt.status !== 'submitted') return records;
  const at = attempt.submittedAt ?? attempt.deadline;
  const pack = { ...records[attempt.packId] };
  for (const item of attempt.items) {
    const before = pack[item.questionId];
    const right = isAnswerCorrect(item.correctOptionIds, attempt.answers[item.questionId]);
    if (!before && right) continue; // never missed: nothing to review
    const box = right ? Math.min((before?.box ?? 0) + 1, BOX_INTERVAL_DAYS.length - 1) : 0;
    pack[item.questionId] = {
      seen: (before?.seen ?? 0) + 1,
      misses: (before?.misses ?? 0) + (right ? 0 : 1),
      box,
      lastSeen: at,
      due: at + BOX_INTERVAL_DAYS[box]! * DAY,
    };
  }
  return { ...records, [attempt.packId]: pack };
}

/** Questions due now, the most often missed and longest overdue first. Box-5 questions are learned. */
export function dueQuestionIds(
  records: QuestionRecords,
  packId: string,
  now: number,
  exists: (id: string) => boolean = () => true,
): string[] {
  return Object.entries(records[packId] ?? {})
    .filter(([id, r]) => r.due <= now && r.box < BOX_INTERVAL_DAYS.length - 1 && exists(id))
    .sort(([, a], [, b]) => b.misses - a.misses || a.due - b.due)
    .map(([id]) => id);
}

/** How many due questions one spaced-review session takes, most-missed first. */
export const REVIEW_SESSION_SIZE = 20;

export function nextReviewSession(dueIds: readonly string[]): string[] {
  return dueIds.slice(0, REVIEW_SESSION_SIZE);
}
