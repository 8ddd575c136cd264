/**
 * The rating an answer gives its question in spaced review. A miss (or no answer) is "again". A
 * right answer is "good", unless the time taken says more: at most half the reference time is
 * "easy" (known at a glance), at least twice the reference is "hard" (worked out slowly).
 *
 * The reference is the user's own median time for that type of question (single answer or
 * multiple response, which take longer), over every timed answer of that type in the pack, this
 * attempt's included. Until 20 timed answers of the type are known, or when the attempt did not
 * record the time taken, a right answer is "good".
 */
import { z } from 'zod';
import type { ReviewGrade } from './fsrs.ts';

export const EASY_AT_MOST = 0.5;
export const HARD_AT_LEAST = 2;
export const MIN_TIMED_ANSWERS = 20;
/** Times are counted in 5-second buckets: a median exact to 5 s, in a record of bounded size. */
export const TIME_BUCKET_MS = 5000;
const MAX_BUCKET = 240; // 20 minutes and longer share the last bucket

export const timeHistogramSchema = z.record(z.string().regex(/^\d+$/), z.number().int().min(1));
export const typeTimingSchema = z.object({ single: timeHistogramSchema, multiple: timeHistogramSchema });
export type TimeHistogram = z.infer<typeof timeHistogramSchema>;
export type TypeTiming = z.infer<typeof typeTimingSchema>;
export type QuestionType = keyof TypeTiming;

export const questionTypeOf = (choose: number): QuestionType => (choose > 1 ? 'multiple' : 'single');

export function addTime(histogram: TimeHistogram, timeMs: number): TimeHistogram {
  const bucket = String(Math.min(MAX_BUCKET, Math.floor(Math.max(0, timeMs) / TIME_BUCKET_MS)));
  return { ...histogram, [bucket]: (histogram[bucket] ?? 0) + 1 };
}

/** The median time of the histogram (the middle of its bucket), or undefined below `minCount`. */
export function medianTime(histogram: TimeHistogram, minCount = MIN_TIMED_ANSWERS): number | undefined {
  const buckets = Object.entries(histogram)
    .map(([bucket, count]) => [Number(bucket), count] as const)
    .sort((a, b) => a[0] - b[0]);
  const total = buckets.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0 || total < minCount) return undefined;
  let seen = 0;
  for (const [bucket, count] of buckets) {
    seen += count;
    if (seen * 2 >= total) return (bucket + 0.5) * TIME_BUCKET_MS;
  }
  return undefined;
}

/** The rule above, as a pure function of what is known about one answer. */
export function ratingFor(correct: boolean, timeTakenMs: number | undefined, referenceMs: number | undefined): ReviewGrade {
  if (!correct) return 'again';
  if (timeTakenMs === undefined || referenceMs === undefined || referenceMs <= 0) return 'good';
  if (timeTakenMs <= EASY_AT_MOST * referenceMs) return 'easy';
  if (timeTakenMs >= HARD_AT_LEAST * referenceMs) return 'hard';
  return 'good';
}
