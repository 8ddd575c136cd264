import { describe, expect, it } from 'vitest';
import { dueQuestionIds, recordAttempt, reduceAttempt, startAttempt, type Attempt } from '../../src/core/index.ts';
import { makePack } from '../fixtures/packs.ts';

const DAY = 24 * 3600_000;
const pack = makePack();

/** An attempt that answers the given questions correctly and leaves the rest unanswered. */
function taken(seed: number, now: number, right: (questionId: string) => boolean): Attempt {
  let attempt = startAttempt(pack, { kind: 'full' }, { id: `a${seed}`, seed, now });
  for (const item of attempt.items)
    if (right(item.questionId))
      attempt = reduceAttempt(attempt, { type: 'answer', questionId: item.questionId, optionIds: item.correctOptionIds }, now);
  return reduceAttempt(attempt, { type: 'submit' }, now + 1000);
}

describe('spaced review of missed questions', () => {
  it('makes missed questions due at once and leaves never-missed ones out', () => {
    const attempt = taken(1, 0, (id) => id.endsWith('0'));
    const records = recordAttempt({}, attempt);
    const due = dueQuestionIds(records, pack.id, 1000);
    const missed = attempt.items.filter((i) => !i.questionId.endsWith('0')).map((i) => i.questionId);
    expect(due.sort()).toEqual(missed.sort());
  });

  it('pushes a question out 1, 3, 7, 14 days as it keeps being answered right, and back to now on a miss', () => {
    const id = 'd1-q1';
    const single = (right: boolean, now: number): Attempt => {
      const attempt = startAttempt(pack, { kind: 'drill', questionIds: [id], count: 1 }, { id: `x${now}`, seed: 1, now });
      const item = attempt.items[0]!;
      const answered = right ? reduceAttempt(attempt, { type: 'answer', questionId: id, optionIds: item.correctOptionIds }, now) : attempt;
      return reduceAttempt(answered, { type: 'submit' }, now);
    };
    let records = recordAttempt({}, single(false, 0));
    expect(records[pack.id]![id]).toMatchObject({ box: 0, due: 0, misses: 1 });
    const steps = [1, 3, 7, 14];
    let now = 0;
    for (const [i, days] of steps.entries()) {
      now += DAY;
      records = recordAttempt(records, single(true, now));
      expect(records[pack.id]![id]).toMatchObject({ box: i + 1, due: now + days * DAY });
      expect(dueQuestionIds(records, pack.id, now + days * DAY - 1)).toEqual([]);
      expect(dueQuestionIds(records, pack.id, now + days * DAY)).toEqual([id]);
    }
    records = recordAttempt(records, single(false, now + DAY));
    expect(records[pack.id]![id]).toMatchObject({ box: 0, misses: 2 });
    expect(dueQuestionIds(records, pack.id, now + DAY)).toEqual([id]);
  });

  it('puts the most-missed questions first and skips questions the pack no longer has', () => {
    const drill = (ids: string[], rightIds: string[], now: number): Attempt => {
      let attempt = startAttempt(pack, { kind: 'drill', questionIds: ids, count: ids.length }, { id: `d${now}`, seed: 3, now });
      for (const item of attempt.items)
        if (rightIds.includes(item.questionId))
          attempt = reduceAttempt(attempt, { type: 'answer', questionId: item.questionId, optionIds: item.correctOptionIds }, now);
      return reduceAttempt(attempt, { type: 'submit' }, now);
    };
    let records = recordAttempt({}, drill(['d1-q1', 'd1-q2', 'd2-q1'], [], 0));
    records = recordAttempt(records, drill(['d1-q2', 'd2-q1'], [], DAY));
    const due = dueQuestionIds(records, pack.id, 2 * DAY, (id) => id !== 'd2-q1');
    expect(due).toEqual(['d1-q2', 'd1-q1']);
  });
});
