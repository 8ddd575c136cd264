/**
 * The schedule Proctor kept before FSRS (Leitner boxes: intervals of 0, 1, 3, 7, 14, 30 days), and
 * its conversion to FSRS cards for the data migration. Each record keeps its due date; its
 * stability is the box's interval (FSRS's stability is the interval at which recall is 90%, the
 * retention it schedules for); its difficulty starts where FSRS puts a first miss and moves as
 * FSRS would for the further misses and for the right answers that raised the box.
 */
import { z } from 'zod';
import { RATING_OF, SCHEDULER, type ReviewCard } from './fsrs.ts';
import type { ReviewSchedule } from './spaced-review.ts';

export const LEITNER_INTERVAL_DAYS = [0, 1, 3, 7, 14, 30] as const;

export const leitnerRecordSchema = z.object({
  seen: z.number(),
  misses: z.number(),
  box: z.number().int().min(0),
  lastSeen: z.number(),
  due: z.number(),
});
export const leitnerRecordsSchema = z.record(z.string(), z.record(z.string(), leitnerRecordSchema));
export type LeitnerRecord = z.infer<typeof leitnerRecordSchema>;

export function cardFromLeitner(record: LeitnerRecord): ReviewCard {
  const box = Math.min(record.box, LEITNER_INTERVAL_DAYS.length - 1);
  const misses = Math.max(1, Math.round(record.misses));
  let difficulty = SCHEDULER.init_difficulty(RATING_OF.again);
  for (let i = 1; i < misses; i++) difficulty = SCHEDULER.next_difficulty(difficulty, RATING_OF.again);
  for (let i = 0; i < box; i++) difficulty = SCHEDULER.next_difficulty(difficulty, RATING_OF.good);
  const interval = LEITNER_INTERVAL_DAYS[box]!;
  return {
    due: record.due,
    stability: box === 0 ? SCHEDULER.init_stability(RATING_OF.again) : interval,
    difficulty,
    scheduledDays: interval,
    learningSteps: 0,
    reps: Math.max(1, Math.round(record.seen)),
    lapses: misses - 1,
    state: box > 0 ? 'review' : misses > 1 ? 'relearning' : 'learning',
    lastReview: record.lastSeen,
    seen: Math.max(1, Math.round(record.seen)),
    misses,
  };
}

/** The Leitner file's `records` as the FSRS schedule; shapes it does not know are left to the schema. */
export function scheduleFromLeitner(records: unknown): ReviewSchedule | undefined {
  const parsed = leitnerRecordsSchema.safeParse(records);
  if (!parsed.success) return undefined;
  const cards = Object.fromEntries(
    Object.entries(parsed.data).map(([packId, questions]) => [
      packId,
      Object.fromEntries(Object.entries(questions).map(([id, r]) => [id, cardFromLeitner(r)])),
    ]),
  );
  return { cards, timing: {} };
}
