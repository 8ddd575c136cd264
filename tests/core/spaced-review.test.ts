import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  dueQuestionIds,
  emptySchedule,
  LEARN_AHEAD_MS,
  nextDueAt,
  recordAttempt,
  reduceAttempt,
  retrievability,
  startAttempt,
  type Attempt,
  type ReviewSchedule,
} from '../../src/core/index.ts';
import { makePack } from '../fixtures/packs.ts';

const pack = makePack();

/** An attempt that answers the given questions correctly and leaves the rest unanswered. */
function taken(seed: number, now: number, right: (questionId: string) => boolean): Attempt {
  let attempt = startAttempt(pack, { kind: 'full' }, { id: `a${seed}`, seed, now });
  for (const item of attempt.items)
    if (right(item.questionId))
      attempt = reduceAttempt(attempt, { type: 'answer', questionId: item.questionId, optionIds: item.correctOptionIds }, now);
  return reduceAttempt(attempt, { type: 'submit' }, now + 1000);
}

/** A one-question drill on `id`, answered right or wrong, with the time taken when given. */
function single(id: string, right: boolean, now: number, timeMs?: number): Attempt {
  let attempt = startAttempt(pack, { kind: 'drill', questionIds: [id], count: 1 }, { id: `x${now}`, seed: 1, now });
  const item = attempt.items[0]!;
  const wrong = item.optionIds.filter((o) => !item.correctOptionIds.includes(o)).slice(0, item.choose);
  attempt = reduceAttempt(attempt, { type: 'answer', questionId: id, optionIds: right ? item.correctOptionIds : wrong }, now);
  if (timeMs !== undefined) attempt = { ...attempt, viewedAt: undefined, answerTimes: { [id]: timeMs } };
  return reduceAttempt(attempt, { type: 'submit' }, now);
}

const card = (schedule: ReviewSchedule, id: string) => schedule.cards[pack.id]![id]!;

describe('spaced review on FSRS', () => {
  it('makes missed and unanswered questions due at once and leaves never-missed ones out', () => {
    const attempt = taken(1, 0, (id) => id.endsWith('0'));
    const schedule = recordAttempt(emptySchedule(), attempt);
    const missed = attempt.items.filter((i) => !i.questionId.endsWith('0')).map((i) => i.questionId);
    expect(dueQuestionIds(schedule, pack.id, 1000).sort()).toEqual(missed.sort());
    expect(card(schedule, missed[0]!)).toMatchObject({ state: 'learning', seen: 1, misses: 1 });
  });

  it('pushes a question further out with each right answer, and brings it back at once after a miss', () => {
    const id = 'd1-q1';
    let schedule = recordAttempt(emptySchedule(), single(id, false, 0));
    expect(dueQuestionIds(schedule, pack.id, 0)).toEqual([id]);
    let now = 0;
    const intervals: number[] = [];
    for (let i = 0; i < 5; i++) {
      now = Math.max(now + 60_000, card(schedule, id).due);
      schedule = recordAttempt(schedule, single(id, true, now));
      const due = card(schedule, id).due;
      intervals.push(due - now);
      expect(dueQuestionIds(schedule, pack.id, due - LEARN_AHEAD_MS - 1)).toEqual([]);
      expect(dueQuestionIds(schedule, pack.id, due)).toEqual([id]);
      expect(nextDueAt(schedule, pack.id, now)).toBe(due);
    }
    expect(intervals[0]).toBeGreaterThanOrEqual(DAY_MS); // one right answer: back tomorrow at the earliest
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]).toBeGreaterThan(intervals[i - 1]!);
    const learned = card(schedule, id);
    expect(learned.state).toBe('review');
    schedule = recordAttempt(schedule, single(id, false, now + DAY_MS));
    const lapsed = card(schedule, id);
    expect(lapsed).toMatchObject({ state: 'relearning', lapses: learned.lapses + 1, misses: 2, seen: 7 });
    expect(lapsed.stability).toBeLessThan(learned.stability);
    expect(dueQuestionIds(schedule, pack.id, now + DAY_MS)).toEqual([id]);
  });

  it('orders just-missed questions first, then the lowest recall probability, and skips questions the pack lost', () => {
    // q2 and q3 were missed, then answered right once; q3 long ago, so it is the more likely forgotten.
    let schedule = emptySchedule();
    for (const [id, at] of [
      ['d1-q3', 0],
      ['d1-q2', 5 * DAY_MS],
    ] as const) {
      schedule = recordAttempt(schedule, single(id, false, at));
      schedule = recordAttempt(schedule, single(id, true, at + 60_000));
    }
    const now = 30 * DAY_MS;
    schedule = recordAttempt(schedule, single('d2-q1', false, now));
    schedule = recordAttempt(schedule, single('d1-q4', false, now));
    expect(retrievability(card(schedule, 'd1-q3'), now)).toBeLessThan(retrievability(card(schedule, 'd1-q2'), now));
    expect(dueQuestionIds(schedule, pack.id, now)).toEqual(['d2-q1', 'd1-q4', 'd1-q3', 'd1-q2']);
    expect(dueQuestionIds(schedule, pack.id, now, (id) => id !== 'd2-q1')).toEqual(['d1-q4', 'd1-q3', 'd1-q2']);
  });

  it('ignores attempts that are not submitted', () => {
    const open = startAttempt(pack, { kind: 'full' }, { id: 'open', seed: 2, now: 0 });
    const schedule = emptySchedule();
    expect(recordAttempt(schedule, open)).toBe(schedule);
  });
});
