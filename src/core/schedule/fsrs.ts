/**
 * The FSRS scheduler (ts-fsrs, the algorithm Anki adopted) and the card each tracked question
 * carries. Cards are stored with plain numbers (epoch ms) and converted to ts-fsrs's `Card` only
 * here, so nothing else depends on the library's types.
 *
 * Settings: ts-fsrs's default weights and 90% desired retention; one 1-minute learning step and
 * one 1-minute relearning step (a miss comes back in the next review, one right answer then
 * graduates the question to whole-day intervals); no fuzz, so every schedule can be replayed.
 */
import { fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { z } from 'zod';

export const SCHEDULER = fsrs({ learning_steps: ['1m'], relearning_steps: ['1m'], enable_fuzz: false });

/** Anki's "learn ahead limit": a question due within 20 minutes counts as due now. */
export const LEARN_AHEAD_MS = 20 * 60_000;
export const DAY_MS = 24 * 3600_000;

export const reviewGradeSchema = z.enum(['again', 'hard', 'good', 'easy']);
export type ReviewGrade = z.infer<typeof reviewGradeSchema>;

const cardStateSchema = z.enum(['learning', 'review', 'relearning']);

export const reviewCardSchema = z.object({
  due: z.number(),
  /** Days until recall falls to 90%. */
  stability: z.number().positive(),
  /** 1 (easy) to 10 (hard). */
  difficulty: z.number().min(1).max(10),
  scheduledDays: z.number().min(0),
  learningSteps: z.number().int().min(0),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: cardStateSchema,
  lastReview: z.number(),
  /** Times answered (or left unanswered) since the question was first missed, and misses among them. */
  seen: z.number().int().min(0),
  misses: z.number().int().min(0),
});
export type ReviewCard = z.infer<typeof reviewCardSchema>;

const STATE_OF = { learning: State.Learning, review: State.Review, relearning: State.Relearning } as const;
const NAME_OF: Record<number, ReviewCard['state']> = {
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
export const RATING_OF: Record<ReviewGrade, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

function toFsrsCard(card: ReviewCard, now: number): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: Math.max(0, Math.floor((now - card.lastReview) / DAY_MS)),
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_OF[card.state],
    last_review: new Date(card.lastReview),
  };
}

/** The card after one review at `at`; `before` undefined means the question was never tracked. */
export function reviewCard(before: ReviewCard | undefined, grade: ReviewGrade, at: number): ReviewCard {
  const input: Card = before
    ? toFsrsCard(before, at)
    : {
        due: new Date(at),
        stability: 0,
        difficulty: 0,
        elapsed_days: 0,
        scheduled_days: 0,
        learning_steps: 0,
        reps: 0,
        lapses: 0,
        state: State.New,
      };
  // A review earlier than the last one (clock changes, attempts submitted out of order) counts as now.
  const when = new Date(Math.max(at, before?.lastReview ?? at));
  const { card } = SCHEDULER.next(input, when, RATING_OF[grade]);
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: NAME_OF[card.state] ?? 'review',
    lastReview: when.getTime(),
    seen: (before?.seen ?? 0) + 1,
    misses: (before?.misses ?? 0) + (grade === 'again' ? 1 : 0),
  };
}

/** The probability of recalling the question now, by FSRS's forgetting curve. */
export function retrievability(card: ReviewCard, now: number): number {
  return SCHEDULER.forgetting_curve(Math.max(0, (now - card.lastReview) / DAY_MS), card.stability);
}
