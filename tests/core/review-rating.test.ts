import { describe, expect, it } from 'vitest';
import {
  addTime,
  cardFromLeitner,
  emptySchedule,
  medianTime,
  ratingFor,
  recordAttempt,
  reduceAttempt,
  startAttempt,
  TIME_BUCKET_MS,
  type Attempt,
  type ReviewSchedule,
  type TimeHistogram,
} from '../../src/core/index.ts';
import { makePack } from '../fixtures/packs.ts';

const pack = makePack();
const DAY = 24 * 3600_000;

describe('the FSRS rating rule', () => {
  it('rates a miss again, and a right answer by its time against the reference', () => {
    expect(ratingFor(false, 5_000, 60_000)).toBe('again');
    expect(ratingFor(false, undefined, undefined)).toBe('again');
    expect(ratingFor(true, undefined, 60_000)).toBe('good'); // time unknown
    expect(ratingFor(true, 10_000, undefined)).toBe('good'); // no reference yet
    expect(ratingFor(true, 30_000, 60_000)).toBe('easy'); // half the median
    expect(ratingFor(true, 31_000, 60_000)).toBe('good');
    expect(ratingFor(true, 119_000, 60_000)).toBe('good');
    expect(ratingFor(true, 120_000, 60_000)).toBe('hard'); // twice the median
  });

  it('takes the median of 5-second buckets, and none below 20 timed answers', () => {
    let histogram: TimeHistogram = {};
    for (let i = 0; i < 19; i++) histogram = addTime(histogram, 40_000 + i * 1000);
    expect(medianTime(histogram)).toBeUndefined();
    histogram = addTime(histogram, 90_000);
    const median = medianTime(histogram)!;
    expect(Math.abs(median - 49_500)).toBeLessThanOrEqual(TIME_BUCKET_MS);
    expect(addTime({}, 3_600_000)).toEqual({ '240': 1 }); // an hour shares the last bucket
  });

  it('schedules a fast right answer further out than a normal one, and a slow one nearer', () => {
    // 40 timed answers of single-answer questions at about a minute, then one question missed.
    let base: ReviewSchedule = emptySchedule();
    let attempt = startAttempt(pack, { kind: 'drill', domains: [1], count: 40 }, { id: 'warm', seed: 4, now: 0 });
    const singles = attempt.items.filter((i) => i.choose === 1);
    for (const item of singles)
      attempt = reduceAttempt(attempt, { type: 'answer', questionId: item.questionId, optionIds: item.correctOptionIds }, 0);
    attempt = {
      ...attempt,
      viewedAt: undefined,
      answerTimes: Object.fromEntries(singles.map((i, n) => [i.questionId, 55_000 + (n % 10) * 1000])),
    };
    base = recordAttempt(base, reduceAttempt(attempt, { type: 'submit' }, 1000));
    const id = 'd2-q0';
    const answer = (right: boolean, at: number, time?: number): Attempt => {
      let a = startAttempt(pack, { kind: 'drill', questionIds: [id], count: 1 }, { id: `r${at}`, seed: 1, now: at });
      const item = a.items[0]!;
      a = reduceAttempt(
        a,
        {
          type: 'answer',
          questionId: id,
          optionIds: right ? item.correctOptionIds : [item.optionIds.find((o) => !item.correctOptionIds.includes(o))!],
        },
        at,
      );
      // The time as the screen recorded it, or none at all.
      a = { ...a, viewedAt: undefined, ...(time !== undefined ? { answerTimes: { [id]: time } } : {}) };
      return reduceAttempt(a, { type: 'submit' }, at);
    };
    base = recordAttempt(base, answer(false, DAY, 70_000));
    const after = (time?: number) => recordAttempt(base, answer(true, 2 * DAY, time)).cards[pack.id]![id]!;
    const easy = after(20_000);
    const good = after(60_000);
    const unknown = after(undefined);
    const hard = after(150_000);
    expect(unknown).toEqual(good);
    expect(easy.due).toBeGreaterThan(good.due);
    expect(hard.due).toBeLessThanOrEqual(good.due);
    expect(hard.stability).toBeLessThan(good.stability);
  });
});

describe('Leitner records as FSRS cards', () => {
  it('keep their due dates, take the box interval as stability, and count misses as lapses', () => {
    const lastSeen = 1_800_000_000_000;
    const box3 = cardFromLeitner({ seen: 5, misses: 2, box: 3, lastSeen, due: lastSeen + 7 * DAY });
    expect(box3).toMatchObject({
      due: lastSeen + 7 * DAY,
      stability: 7,
      scheduledDays: 7,
      state: 'review',
      lapses: 1,
      reps: 5,
      seen: 5,
      misses: 2,
      lastReview: lastSeen,
    });
    const box0 = cardFromLeitner({ seen: 1, misses: 1, box: 0, lastSeen, due: lastSeen });
    expect(box0).toMatchObject({ due: lastSeen, state: 'learning', lapses: 0 });
    expect(box0.stability).toBeLessThan(1);
    const relapsed = cardFromLeitner({ seen: 4, misses: 3, box: 0, lastSeen, due: lastSeen });
    expect(relapsed.state).toBe('relearning');
    expect(relapsed.difficulty).toBeGreaterThan(box0.difficulty); // more misses: a harder card
    expect(cardFromLeitner({ seen: 9, misses: 1, box: 5, lastSeen, due: lastSeen + 30 * DAY }).stability).toBe(30);
  });
});
