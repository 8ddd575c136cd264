import { describe, expect, it } from 'vitest';
import {
  AttemptError,
  reduceAttempt,
  settleAttempt,
  startAttempt,
  toExamView,
  toAttemptReviewView,
  type Attempt,
} from '../../src/core/index.ts';
import { makePack } from '../fixtures/packs.ts';

const T0 = Date.UTC(2026, 0, 1, 9, 0, 0);
const MINUTE = 60_000;
const pack = makePack();
const start = (now = T0) => startAttempt(pack, { kind: 'full' }, { id: 'a1', seed: 11, now });
const keyOf = (attempt: Attempt, index: number) => attempt.items[index]!.correctOptionIds;

describe('starting an attempt', () => {
  it('holds 65 questions, 130 minutes and a deadline stored on the attempt', () => {
    const attempt = start();
    expect(attempt.items).toHaveLength(65);
    expect(attempt.deadline - attempt.startedAt).toBe(130 * MINUTE);
    expect(attempt.seed).toBe(11);
    expect(attempt.status).toBe('in-progress');
  });

  it('shows no keys or explanations while in progress', () => {
    const view = toExamView(start(), pack, T0);
    const text = JSON.stringify(view);
    expect(text).not.toContain('correct');
    expect(text).not.toContain('explanation');
    expect(view.remainingMs).toBe(130 * MINUTE);
  });
});

describe('the attempt reducer', () => {
  it('records answers, flags and position', () => {
    let attempt = start();
    const q0 = attempt.items[0]!.questionId;
    attempt = reduceAttempt(attempt, { type: 'answer', questionId: q0, optionIds: [attempt.items[0]!.optionIds[1]!] }, T0 + 1000);
    attempt = reduceAttempt(attempt, { type: 'flag', questionId: q0, flagged: true }, T0 + 2000);
    attempt = reduceAttempt(attempt, { type: 'navigate', index: 7 }, T0 + 3000);
    expect(attempt.answers[q0]).toHaveLength(1);
    expect(attempt.flagged).toEqual([q0]);
    expect(attempt.currentIndex).toBe(7);
    attempt = reduceAttempt(attempt, { type: 'flag', questionId: q0, flagged: false }, T0 + 4000);
    attempt = reduceAttempt(attempt, { type: 'answer', questionId: q0, optionIds: [] }, T0 + 5000);
    expect(attempt.flagged).toEqual([]);
    expect(attempt.answers[q0]).toBeUndefined();
  });

  it('refuses more answers than the question asks for, and unknown options or questions', () => {
    const attempt = start();
    const multi = attempt.items.find((i) => i.choose === 2)!;
    const single = attempt.items.find((i) => i.choose === 1)!;
    expect(() =>
      reduceAttempt(attempt, { type: 'answer', questionId: multi.questionId, optionIds: multi.optionIds.slice(0, 3) }, T0),
    ).toThrow(AttemptError);
    expect(() =>
      reduceAttempt(attempt, { type: 'answer', questionId: single.questionId, optionIds: single.optionIds.slice(0, 2) }, T0),
    ).toThrow(AttemptError);
    expect(() => reduceAttempt(attempt, { type: 'answer', questionId: single.questionId, optionIds: ['h'] }, T0)).toThrow(/no option/);
    expect(() => reduceAttempt(attempt, { type: 'answer', questionId: 'nope', optionIds: ['a'] }, T0)).toThrow(/not part/);
    expect(() => reduceAttempt(attempt, { type: 'navigate', index: 65 }, T0)).toThrow(AttemptError);
    expect(
      reduceAttempt(attempt, { type: 'answer', questionId: multi.questionId, optionIds: multi.optionIds.slice(0, 2) }, T0).answers[
        multi.questionId
      ],
    ).toHaveLength(2);
  });

  it('scores on submit and refuses changes afterwards', () => {
    let attempt = start();
    for (let i = 0; i < 50; i++)
      attempt = reduceAttempt(
        attempt,
        { type: 'answer', questionId: attempt.items[i]!.questionId, optionIds: keyOf(attempt, i) },
        T0 + i * 1000,
      );
    attempt = reduceAttempt(attempt, { type: 'submit' }, T0 + 60 * MINUTE);
    expect(attempt.status).toBe('submitted');
    expect(attempt.endReason).toBe('submitted');
    expect(attempt.result).toMatchObject({ correct: 50, total: 65, unanswered: 15, scaledScore: 792, passed: true });
    expect(() => reduceAttempt(attempt, { type: 'submit' }, T0 + 61 * MINUTE)).toThrow(/already ended/);
    const review = toAttemptReviewView(attempt, pack);
    expect(review.timeUsedMs).toBe(60 * MINUTE);
    expect(review.items.filter((i) => i.correct)).toHaveLength(50);
    expect(review.items[0]!.options.every((o) => o.explanation.length > 0)).toBe(true);
  });
});

describe('striking out options', () => {
  it('records struck-out options per question without touching the answer or the score', () => {
    let attempt = start();
    const q = attempt.items[0]!;
    const [first, second] = q.optionIds;
    attempt = reduceAttempt(attempt, { type: 'answer', questionId: q.questionId, optionIds: q.correctOptionIds }, T0);
    attempt = reduceAttempt(attempt, { type: 'eliminate', questionId: q.questionId, optionId: first!, eliminated: true }, T0);
    attempt = reduceAttempt(attempt, { type: 'eliminate', questionId: q.questionId, optionId: second!, eliminated: true }, T0);
    attempt = reduceAttempt(attempt, { type: 'eliminate', questionId: q.questionId, optionId: first!, eliminated: false }, T0);
    expect(attempt.eliminated).toEqual({ [q.questionId]: [second] });
    expect(attempt.answers[q.questionId]).toEqual(q.correctOptionIds);
    expect(() => reduceAttempt(attempt, { type: 'eliminate', questionId: q.questionId, optionId: 'h', eliminated: true }, T0)).toThrow(
      AttemptError,
    );
    expect(reduceAttempt(attempt, { type: 'submit' }, T0 + 1).result!.correct).toBe(1);
  });
});

describe('expiry', () => {
  it('submits by itself at the deadline and ignores a late answer', () => {
    const attempt = start();
    const q = attempt.items[0]!;
    const late = reduceAttempt(attempt, { type: 'answer', questionId: q.questionId, optionIds: q.correctOptionIds }, T0 + 130 * MINUTE);
    expect(late.status).toBe('submitted');
    expect(late.endReason).toBe('time-expired');
    expect(late.answers[q.questionId]).toBeUndefined();
    expect(late.submittedAt).toBe(T0 + 130 * MINUTE);
  });

  it('an early "expire" from a fast client clock changes nothing', () => {
    const attempt = start();
    expect(reduceAttempt(attempt, { type: 'expire' }, T0 + 130 * MINUTE - 1)).toBe(attempt);
    expect(reduceAttempt(attempt, { type: 'expire' }, T0 + 130 * MINUTE).endReason).toBe('time-expired');
  });

  it('settles an attempt found after its deadline (app closed, crash) with the time capped', () => {
    const attempt = start();
    expect(settleAttempt(attempt, T0 + 129 * MINUTE)).toBe(attempt);
    const settled = settleAttempt(attempt, T0 + 3 * 24 * 60 * MINUTE);
    expect(settled.status).toBe('submitted');
    expect(settled.submittedAt).toBe(attempt.deadline);
    expect(toAttemptReviewView(settled, pack).timeUsedMs).toBe(130 * MINUTE);
  });
});

describe('resume', () => {
  it('a stored and reloaded attempt keeps answers, flags, position and the same deadline', () => {
    let attempt = start();
    const q = attempt.items[3]!;
    attempt = reduceAttempt(attempt, { type: 'answer', questionId: q.questionId, optionIds: [q.optionIds[0]!] }, T0 + MINUTE);
    attempt = reduceAttempt(attempt, { type: 'flag', questionId: q.questionId, flagged: true }, T0 + MINUTE);
    attempt = reduceAttempt(attempt, { type: 'navigate', index: 3 }, T0 + MINUTE);
    const reloaded = JSON.parse(JSON.stringify(attempt)) as Attempt;
    const view = toExamView(reloaded, pack, T0 + 40 * MINUTE);
    expect(view.currentIndex).toBe(3);
    expect(view.answers[q.questionId]).toEqual([q.optionIds[0]]);
    expect(view.flagged).toEqual([q.questionId]);
    expect(view.remainingMs).toBe(90 * MINUTE);
    expect(view.questions.map((x) => x.options.map((o) => o.id))).toEqual(attempt.items.map((i) => i.optionIds));
  });
});
