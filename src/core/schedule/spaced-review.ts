/**
 * Spaced review of missed questions, scheduled by FSRS. A question enters the schedule the first
 * time it is missed (or left unanswered) in a submitted attempt of any kind; from then on every
 * answer to it is a review, rated by `ratingFor` (a miss "again", a right answer "good", or
 * "hard"/"easy" by the time taken). Questions never missed are not tracked.
 */
import { z } from 'zod';
import type { Attempt } from '../attempt/schema.ts';
import { isAnswerCorrect } from '../rules/score-rules.ts';
import { LEARN_AHEAD_MS, retrievability, reviewCard, reviewCardSchema, type ReviewCard } from './fsrs.ts';
import { addTime, medianTime, questionTypeOf, ratingFor, typeTimingSchema, type TypeTiming } from './rating.ts';

export const reviewScheduleSchema = z.object({
  /** packId -> questionId -> card */
  cards: z.record(z.string(), z.record(z.string(), reviewCardSchema)),
  /** packId -> the user's answer times by question type: the reference of the rating rule. */
  timing: z.record(z.string(), typeTimingSchema),
});
export type ReviewSchedule = z.infer<typeof reviewScheduleSchema>;

export const emptySchedule = (): ReviewSchedule => ({ cards: {}, timing: {} });

/** Learns from a submitted attempt: its timed answers first, then one review per question. */
export function recordAttempt(schedule: ReviewSchedule, attempt: Attempt): ReviewSchedule {
  if (attempt.status !== 'submitted') return schedule;
  const at = attempt.submittedAt ?? attempt.deadline;
  const times = attempt.answerTimes ?? {};
  let timing: TypeTiming = schedule.timing[attempt.packId] ?? { single: {}, multiple: {} };
  for (const item of attempt.items) {
    const time = times[item.questionId];
    if (time === undefined || !attempt.answers[item.questionId]?.length) continue;
    const type = questionTypeOf(item.choose);
    timing = { ...timing, [type]: addTime(timing[type], time) };
  }
  const cards = { ...schedule.cards[attempt.packId] };
  for (const item of attempt.items) {
    const before = cards[item.questionId];
    const right = isAnswerCorrect(item.correctOptionIds, attempt.answers[item.questionId]);
    if (!before && right) continue; // never missed: nothing to review
    const grade = ratingFor(right, times[item.questionId], medianTime(timing[questionTypeOf(item.choose)]));
    cards[item.questionId] = reviewCard(before, grade, at);
  }
  return { cards: { ...schedule.cards, [attempt.packId]: cards }, timing: { ...schedule.timing, [attempt.packId]: timing } };
}

const isLearning = (card: ReviewCard) => card.state !== 'review';

/**
 * Questions due now (within the learn-ahead limit), in the order to review them: questions just
 * missed (still in a learning step) first, by due time; then the rest by retrievability, the one
 * most likely forgotten first; ties by the longer overdue.
 */
export function dueQuestionIds(
  schedule: ReviewSchedule,
  packId: string,
  now: number,
  exists: (id: string) => boolean = () => true,
): string[] {
  return Object.entries(schedule.cards[packId] ?? {})
    .filter(([id, card]) => card.due <= now + LEARN_AHEAD_MS && exists(id))
    .map(([id, card]) => ({ id, card, recall: retrievability(card, now) }))
    .sort(
      (a, b) =>
        Number(isLearning(b.card)) - Number(isLearning(a.card)) ||
        (isLearning(a.card) ? a.card.due - b.card.due : a.recall - b.recall) ||
        a.card.due - b.card.due,
    )
    .map(({ id }) => id);
}

/** When the next question not yet due becomes due; undefined when none is waiting. */
export function nextDueAt(
  schedule: ReviewSchedule,
  packId: string,
  now: number,
  exists: (id: string) => boolean = () => true,
): number | undefined {
  let next: number | undefined;
  for (const [id, card] of Object.entries(schedule.cards[packId] ?? {}))
    if (card.due > now + LEARN_AHEAD_MS && exists(id) && (next === undefined || card.due < next)) next = card.due;
  return next;
}

/** How many due questions one spaced-review session takes, in review order. */
export const REVIEW_SESSION_SIZE = 20;

export function nextReviewSession(dueIds: readonly string[]): string[] {
  return dueIds.slice(0, REVIEW_SESSION_SIZE);
}
