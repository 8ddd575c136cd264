/** Results of any attempt: by task statement and topic, time per question, change against the previous of its kind. */
import { describe, expect, it } from 'vitest';
import {
  attemptBreakdown,
  previousOfSameKind,
  reduceAttempt,
  startAttempt,
  summarizeAttempt,
  toAttemptReviewView,
  type Attempt,
  type Pack,
  type StartRequest,
} from '../../src/core/index.ts';
import { makePack } from '../fixtures/packs.ts';

const base = makePack();
const pack: Pack = { ...base, questions: base.questions.map((q, i) => ({ ...q, topics: [i % 2 ? 'odd' : 'even'] })) };

/** Answers right where `right(n)` (n counts from 0 in the attempt's order), with n+1 seconds on each. */
function taken(id: string, request: StartRequest, at: number, right: (n: number) => boolean, timed = true): Attempt {
  let attempt = startAttempt(pack, request, { id, seed: 7, now: at });
  attempt.items.forEach((item, n) => {
    const wrong = item.optionIds.filter((o) => !item.correctOptionIds.includes(o)).slice(0, item.choose);
    attempt = reduceAttempt(
      attempt,
      { type: 'answer', questionId: item.questionId, optionIds: right(n) ? item.correctOptionIds : wrong },
      at,
    );
  });
  if (!timed) attempt = { ...attempt, viewedAt: undefined, answerTimes: undefined };
  else
    attempt = {
      ...attempt,
      viewedAt: undefined,
      answerTimes: Object.fromEntries(attempt.items.map((i, n) => [i.questionId, (n + 1) * 1000])),
    };
  return reduceAttempt(attempt, { type: 'submit' }, at + 60_000);
}

describe('attempt breakdown', () => {
  it('tallies every task statement and topic of the attempt, weakest topic first', () => {
    const attempt = taken('a', { kind: 'full' }, 1000, (n) => n % 3 === 0);
    const b = attemptBreakdown(attempt, pack);
    expect(b.byTask.map((t) => t.task)).toEqual(['1.1', '2.1', '3.1', '4.1']);
    expect(b.byTask[0]).toMatchObject({ domain: 1, title: 'Develop' });
    expect(b.byTask.reduce((s, t) => s + t.total, 0)).toBe(65);
    expect(b.byTask.reduce((s, t) => s + t.correct, 0)).toBe(attempt.result!.correct);
    expect(b.byTopic.map((t) => t.topic).sort()).toEqual(['even', 'odd']);
    expect(b.byTopic[0]!.percent).toBeLessThanOrEqual(b.byTopic[1]!.percent);
    expect(b.change).toBeUndefined();
  });

  it('gives the time per question in the attempt order, and says when none was recorded', () => {
    const b = attemptBreakdown(
      taken('a', { kind: 'full' }, 1000, () => true),
      pack,
    );
    expect(b.timing.timed).toBe(65);
    expect(b.timing.perQuestion.slice(0, 2).map((q) => [q.number, q.timeMs])).toEqual([
      [1, 1000],
      [2, 2000],
    ]);
    expect(b.timing.averageMs).toBe(33_000);
    const untimed = attemptBreakdown(
      taken('b', { kind: 'full' }, 1000, () => true, false),
      pack,
    );
    expect(untimed.timing).toMatchObject({ timed: 0, averageMs: null });
  });

  it('compares with the previous attempt of the same kind only', () => {
    const first = taken('m1', { kind: 'full' }, 1000, (n) => n % 2 === 0);
    const drill = taken('d1', { kind: 'drill', domains: [1], count: 10 }, 2000, () => true);
    const second = taken('m2', { kind: 'full' }, 3000, () => true);
    const later = taken('m3', { kind: 'full' }, 9000, () => false);
    const summaries = [later, drill, second, first].map(summarizeAttempt);
    const previous = previousOfSameKind(summaries, second);
    expect(previous?.id).toBe('m1');
    const change = attemptBreakdown(second, pack, previous).change!;
    expect(change.attemptId).toBe('m1');
    expect(change.percentChange).toBeCloseTo(100 - first.result!.percent, 1);
    expect(change.scaledScoreChange).toBe(1000 - first.result!.scaledScore);
    expect(change.byDomain.map((d) => d.domain)).toEqual([1, 2, 3, 4]);
    expect(change.byDomain.every((d) => d.percent === 100 && d.change > 0)).toBe(true);
    expect(previousOfSameKind(summaries, first)).toBeUndefined();
    expect(previousOfSameKind(summaries, drill)).toBeUndefined();
  });

  it('gives no scaled-score change to a drill', () => {
    const one = taken('d1', { kind: 'drill', domains: [1], count: 10 }, 1000, () => false);
    const two = taken('d2', { kind: 'drill', domains: [1], count: 10 }, 2000, () => true);
    const change = attemptBreakdown(two, pack, summarizeAttempt(one)).change!;
    expect(change).toMatchObject({ percent: 0, percentChange: 100 });
    expect(change.scaledScoreChange).toBeUndefined();
  });

  it('comes with the review view, with each question’s time', () => {
    const attempt = taken('a', { kind: 'full' }, 1000, () => true);
    const view = toAttemptReviewView(attempt, pack);
    expect(view.breakdown.timing.timed).toBe(65);
    expect(view.items[2]!.timeMs).toBe(3000);
  });
});
