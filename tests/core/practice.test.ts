/** Custom drills, retakes, spaced reviews and practice attempts, as the core plans and runs them. */
import { describe, expect, it } from 'vitest';
import {
  AttemptError,
  drillCandidates,
  examViewSchema,
  NO_HISTORY,
  reduceAttempt,
  settleAttempt,
  startAttempt,
  toExamView,
  VISIT_CAP_MS,
  type DrillHistory,
  type StartRequest,
} from '../../src/core/index.ts';
import { makePack } from '../fixtures/packs.ts';

const pack = makePack();
const T0 = 1_800_000_000_000;
const MINUTE = 60_000;
const history = (over: Partial<DrillHistory> = {}): DrillHistory => ({ ...NO_HISTORY, ...over });
const custom = (over: Partial<Extract<StartRequest, { kind: 'custom' }>> = {}): StartRequest => ({
  kind: 'custom',
  filter: {},
  source: 'all',
  count: 10,
  timing: { mode: 'none' },
  feedback: 'practice',
  ...over,
});

describe('custom drill selection', () => {
  it('narrows by domains, task statements and topics together, and by the source', () => {
    const tagged = { ...pack, questions: pack.questions.map((q, i) => ({ ...q, topics: i % 3 === 0 ? ['lambda'] : ['s3'] })) };
    expect(drillCandidates(tagged, { domains: [2] }, 'all', NO_HISTORY).every((q) => q.domain === 2)).toBe(true);
    expect(drillCandidates(tagged, { tasks: ['3.1'] }, 'all', NO_HISTORY).every((q) => q.task === '3.1')).toBe(true);
    const lambdaD1 = drillCandidates(tagged, { domains: [1], topics: ['lambda'] }, 'all', NO_HISTORY);
    expect(lambdaD1.length).toBeGreaterThan(0);
    expect(lambdaD1.every((q) => q.domain === 1 && q.topics.includes('lambda'))).toBe(true);
    const seen = new Set(pack.questions.slice(0, 100).map((q) => q.id));
    expect(drillCandidates(pack, {}, 'unseen', history({ seen })).length).toBe(pack.questions.length - 100);
    expect(drillCandidates(pack, {}, 'missed', history({ missed: new Set(['d1-q1', 'd3-q2']) })).map((q) => q.id)).toEqual([
      'd1-q1',
      'd3-q2',
    ]);
    expect(drillCandidates(pack, {}, 'flagged', history({ flagged: new Set(['d4-q0']) })).map((q) => q.id)).toEqual(['d4-q0']);
    expect(drillCandidates(pack, {}, 'due', history({ due: ['d2-q5', 'd1-q0'] })).map((q) => q.id)).toEqual(['d2-q5', 'd1-q0']);
    expect(drillCandidates(tagged, {}, 'weakest', history({ weakestTopics: ['lambda'] })).every((q) => q.topics.includes('lambda'))).toBe(
      true,
    );
  });

  it('takes at most the count asked, is titled by what it drills, and refuses a drill that matches nothing', () => {
    const attempt = startAttempt(pack, custom({ filter: { tasks: ['1.1'] }, source: 'missed', count: 3 }), {
      id: 'c',
      seed: 1,
      now: T0,
      history: { drill: history({ missed: new Set(['d1-q1', 'd1-q2', 'd1-q3', 'd1-q4', 'd2-q1']) }) },
    });
    expect(attempt.items).toHaveLength(3);
    expect(attempt.items.every((i) => i.task === '1.1')).toBe(true);
    expect(attempt.title).toBe('Practice: Task 1.1, missed before (3 questions)');
    expect(() => startAttempt(pack, custom({ source: 'flagged' }), { id: 'd', seed: 1, now: T0 })).toThrow(/no question matches/);
  });

  it('times a drill as asked: untimed, at the exam pace, or a fixed limit', () => {
    const untimed = startAttempt(pack, custom(), { id: 'a', seed: 1, now: T0 });
    expect(untimed.untimed).toBe(true);
    expect(settleAttempt(untimed, T0 + 365 * 24 * 60 * MINUTE).status).toBe('in-progress');
    const paced = startAttempt(pack, custom({ timing: { mode: 'exam-pace' }, feedback: 'exam' }), { id: 'b', seed: 1, now: T0 });
    expect(paced.durationMs).toBe(20 * MINUTE);
    expect(paced.feedback).toBeUndefined();
    const fixed = startAttempt(pack, custom({ timing: { mode: 'fixed', minutes: 7 } }), { id: 'c', seed: 1, now: T0 });
    expect(fixed.deadline - T0).toBe(7 * MINUTE);
  });
});

describe('retakes and spaced reviews', () => {
  it('retakes the missed or the flagged questions of a finished attempt', () => {
    let from = startAttempt(pack, { kind: 'full' }, { id: 'f', seed: 2, now: T0 });
    const [a, b] = from.items;
    from = reduceAttempt(from, { type: 'answer', questionId: a!.questionId, optionIds: a!.correctOptionIds }, T0);
    from = reduceAttempt(from, { type: 'flag', questionId: b!.questionId, flagged: true }, T0);
    expect(() =>
      startAttempt(
        pack,
        { kind: 'retake', fromAttemptId: 'f', which: 'missed' },
        { id: 'r', seed: 1, now: T0, history: { drill: NO_HISTORY, fromAttempt: from } },
      ),
    ).toThrow(/finished/);
    from = reduceAttempt(from, { type: 'submit' }, T0 + MINUTE);
    const context = { seed: 1, now: T0, history: { drill: NO_HISTORY, fromAttempt: from } };
    const missed = startAttempt(pack, { kind: 'retake', fromAttemptId: 'f', which: 'missed' }, { id: 'm', ...context });
    expect(missed.items).toHaveLength(64);
    expect(missed.title).toBe('Retake: the missed questions of Full-length exam (random)');
    const flagged = startAttempt(
      pack,
      { kind: 'retake', fromAttemptId: 'f', which: 'flagged', feedback: 'practice' },
      { id: 'g', ...context },
    );
    expect(flagged.items.map((i) => i.questionId)).toEqual([b!.questionId]);
    expect(flagged.untimed).toBe(true);
  });

  it('runs a spaced review as untimed practice on the questions due, most urgent first', () => {
    const due = ['d3-q4', 'd1-q9', 'nope'];
    const review = startAttempt(pack, { kind: 'review' }, { id: 'v', seed: 1, now: T0, history: { drill: history({ due }) } });
    expect(review.items.map((i) => i.questionId).sort()).toEqual(['d1-q9', 'd3-q4']);
    expect(review).toMatchObject({ kind: 'review', feedback: 'practice', untimed: true, title: 'Spaced review (2 due questions)' });
    expect(() => startAttempt(pack, { kind: 'review' }, { id: 'w', seed: 1, now: T0 })).toThrow(/no question is due/);
  });
});

describe('a practice attempt', () => {
  const practice = () => startAttempt(pack, custom({ timing: { mode: 'fixed', minutes: 10 } }), { id: 'p', seed: 3, now: T0 });

  it('reveals the key and explanations of a checked question only, then locks its answer', () => {
    let attempt = practice();
    const [first, second] = attempt.items;
    const wrong = first!.optionIds.find((o) => !first!.correctOptionIds.includes(o))!;
    attempt = reduceAttempt(attempt, { type: 'answer', questionId: first!.questionId, optionIds: [wrong] }, T0 + 1000);
    expect(toExamView(attempt, pack, T0 + 1000).reveals).toEqual({});
    attempt = reduceAttempt(attempt, { type: 'check', questionId: first!.questionId }, T0 + 2000);
    const view = toExamView(attempt, pack, T0 + 2000);
    expect(examViewSchema.safeParse(view).success).toBe(true);
    expect(Object.keys(view.reveals!)).toEqual([first!.questionId]);
    expect(view.reveals![first!.questionId]).toMatchObject({ correct: false, keyIds: first!.correctOptionIds });
    expect(view.reveals![first!.questionId]!.explanations[wrong]).toMatch(/^Why/);
    expect(() => reduceAttempt(attempt, { type: 'answer', questionId: first!.questionId, optionIds: first!.correctOptionIds }, T0)).toThrow(
      /final/,
    );
    expect(view.reveals![second!.questionId]).toBeUndefined();
  });

  it('never reveals anything in an exam, and refuses practice actions there', () => {
    let exam = startAttempt(pack, { kind: 'full' }, { id: 'e', seed: 3, now: T0 });
    expect(() => reduceAttempt(exam, { type: 'check', questionId: exam.items[0]!.questionId }, T0)).toThrow(AttemptError);
    expect(() => reduceAttempt(exam, { type: 'pause' }, T0)).toThrow(/mock exam runs like the real one/);
    exam = reduceAttempt(exam, { type: 'answer', questionId: exam.items[0]!.questionId, optionIds: exam.items[0]!.correctOptionIds }, T0);
    expect(toExamView(exam, pack, T0).reveals).toBeUndefined();
  });

  it('stops the clock while paused', () => {
    let attempt = practice();
    attempt = reduceAttempt(attempt, { type: 'pause' }, T0 + MINUTE);
    expect(toExamView(attempt, pack, T0 + 60 * MINUTE)).toMatchObject({ paused: true, remainingMs: 9 * MINUTE });
    expect(settleAttempt(attempt, T0 + 60 * MINUTE).status).toBe('in-progress');
    attempt = reduceAttempt(attempt, { type: 'resume' }, T0 + 60 * MINUTE);
    expect(toExamView(attempt, pack, T0 + 61 * MINUTE)).toMatchObject({ paused: false, remainingMs: 8 * MINUTE });
  });

  it('counts the time spent on each question, each visit at most the cap, and keeps the scratch pad', () => {
    let attempt = startAttempt(pack, custom(), { id: 'u', seed: 3, now: T0 });
    const [first, second] = attempt.items;
    attempt = reduceAttempt(attempt, { type: 'navigate', index: 1 }, T0 + 40_000);
    attempt = reduceAttempt(attempt, { type: 'navigate', index: 0 }, T0 + 40_000 + VISIT_CAP_MS + 5 * MINUTE);
    attempt = reduceAttempt(attempt, { type: 'scratch', text: '6 KB → 2 RCU' }, T0 + 20 * MINUTE);
    attempt = reduceAttempt(attempt, { type: 'submit' }, T0 + 40_000 + VISIT_CAP_MS + 5 * MINUTE + 10_000);
    expect(attempt.answerTimes).toEqual({ [first!.questionId]: 50_000, [second!.questionId]: VISIT_CAP_MS });
    expect(attempt.scratch).toBe('6 KB → 2 RCU');
  });
});
