/** The practice exams' records: taken or not, last and best score, the date; summaries of old and new shape. */
import { describe, expect, it } from 'vitest';
import { practiceExamRecords, summarizeAttempt, type AttemptSummary } from '../../src/core/index.ts';
import { startAttempt, reduceAttempt } from '../../src/core/index.ts';
import { makePack } from '../fixtures/packs.ts';

const EXAMS = [
  { id: 'practice-1', title: 'Practice exam 1', questionCount: 65 },
  { id: 'practice-2', title: 'Practice exam 2', questionCount: 65 },
];

function summary(over: Partial<AttemptSummary> & { scaled?: number }): AttemptSummary {
  const { scaled = 700, ...rest } = over;
  return {
    id: 'a',
    packId: 'p',
    packTitle: 'P',
    kind: 'fixed',
    fixedExamId: 'practice-1',
    title: 'Practice exam 1',
    status: 'submitted',
    startedAt: 1000,
    deadline: 2000,
    submittedAt: 1500,
    result: {
      correct: 1,
      total: 2,
      percent: 50,
      scaledScore: scaled,
      passed: scaled >= 720,
      unanswered: 0,
      byDomain: [],
      passingScaledScore: 720,
    },
    questionCount: 65,
    answeredCount: 65,
    ...rest,
  } as AttemptSummary;
}

describe('practice exam records', () => {
  it('lists every exam, the untaken ones without scores', () => {
    const records = practiceExamRecords('p', EXAMS, []);
    expect(records.map((r) => [r.fixedExamId, r.taken, r.last, r.best])).toEqual([
      ['practice-1', 0, undefined, undefined],
      ['practice-2', 0, undefined, undefined],
    ]);
  });

  it('takes the last by end time and the best by scaled score, counting finished attempts of this pack only', () => {
    const records = practiceExamRecords('p', EXAMS, [
      summary({ id: 'new', submittedAt: 9000, scaled: 650 }),
      summary({ id: 'best', submittedAt: 5000, scaled: 810 }),
      summary({ id: 'old', submittedAt: 3000, scaled: 700 }),
      summary({ id: 'running', status: 'in-progress', submittedAt: undefined, result: undefined }),
      summary({ id: 'other-pack', packId: 'q', submittedAt: 10_000, scaled: 990 }),
      summary({ id: 'drill', kind: 'custom', fixedExamId: undefined, submittedAt: 11_000, scaled: 1000 }),
    ]);
    const first = records[0]!;
    expect(first.taken).toBe(3);
    expect(first.last).toMatchObject({ attemptId: 'new', scaledScore: 650, passed: false, at: 9000 });
    expect(first.best).toMatchObject({ attemptId: 'best', scaledScore: 810, passed: true, at: 5000 });
    expect(records[1]!.taken).toBe(0);
  });

  it('matches summaries written before they kept the exam id by the exam title', () => {
    const records = practiceExamRecords('p', EXAMS, [summary({ id: 'legacy', fixedExamId: undefined, title: 'Practice exam 2' })]);
    expect(records.map((r) => r.taken)).toEqual([0, 1]);
    expect(records[1]!.last?.attemptId).toBe('legacy');
  });

  it('is fed by the summary of a real fixed attempt, which now keeps its exam id', () => {
    const pack = makePack(undefined, {
      fixedExams: [
        {
          id: 'practice-1',
          title: 'Practice exam 1',
          questionIds: makePack()
            .questions.slice(0, 5)
            .map((q) => q.id),
        },
      ],
    });
    const started = startAttempt(pack, { kind: 'fixed', fixedExamId: 'practice-1' }, { id: 'f1', seed: 1, now: 1000 });
    const done = reduceAttempt(started, { type: 'submit' }, 2000);
    const s = summarizeAttempt(done);
    expect(s.fixedExamId).toBe('practice-1');
    const [record] = practiceExamRecords(pack.id, [{ id: 'practice-1', title: 'Renamed later', questionCount: 5 }], [s]);
    expect(record).toMatchObject({ taken: 1, last: { attemptId: 'f1', percent: 0, at: 2000 } });
  });
});
