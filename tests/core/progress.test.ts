import { describe, expect, it } from 'vitest';
import {
  coverageOf,
  domainTrends,
  emptyLedgerSummary,
  foldAttempt,
  isMockExam,
  ledgerAttemptOf,
  masteryByTask,
  masteryByTopic,
  questionHistory,
  reduceAttempt,
  startAttempt,
  taskTrend,
  timePerQuestion,
  weakestTopics,
  type Attempt,
  type LedgerAttempt,
  type Pack,
  type StartRequest,
} from '../../src/core/index.ts';
import { makePack } from '../fixtures/packs.ts';

const DAY = 24 * 3600_000;
const T0 = 1_800_000_000_000;
/** Six topics spread over the questions, so topic statistics have something to tell apart. */
const base = makePack();
const pack: Pack = {
  ...base,
  questions: base.questions.map((q, i) => ({ ...q, topics: [`topic-${i % 6}`, ...(i % 2 ? ['shared'] : [])] })),
};

/** Submits an attempt whose answers are right when `right(id)`, wrong otherwise, `time(id)` ms each. */
function taken(request: StartRequest, at: number, right: (id: string) => boolean | undefined, time?: (id: string) => number): Attempt {
  let attempt = startAttempt(pack, request, { id: `a${at}`, seed: at % 1000, now: at });
  for (const item of attempt.items) {
    const r = right(item.questionId);
    if (r === undefined) continue;
    const wrong = item.optionIds.filter((o) => !item.correctOptionIds.includes(o)).slice(0, item.choose);
    attempt = reduceAttempt(attempt, { type: 'answer', questionId: item.questionId, optionIds: r ? item.correctOptionIds : wrong }, at);
  }
  if (time)
    attempt = {
      ...attempt,
      viewedAt: undefined,
      answerTimes: Object.fromEntries(attempt.items.map((i) => [i.questionId, time(i.questionId)])),
    };
  return reduceAttempt(attempt, { type: 'submit' }, at + 60_000);
}

function ledgerOf(lines: LedgerAttempt[]) {
  const draft = emptyLedgerSummary();
  for (const line of lines) foldAttempt(draft, line);
  return draft;
}

describe('the per-question ledger', () => {
  it('records every question of a submitted attempt with the topics of the pack at the time', () => {
    const attempt = taken(
      { kind: 'full' },
      T0,
      (id) => (id.endsWith('1') ? undefined : id.endsWith('2')),
      () => 30_000,
    );
    const line = ledgerAttemptOf(attempt, pack)!;
    expect(line).toMatchObject({ attemptId: attempt.id, kind: 'full', packId: pack.id, submittedAt: T0 + 60_000 });
    expect(line.answers).toHaveLength(65);
    const first = line.answers[0]!;
    expect(first.topics).toEqual(pack.questions.find((q) => q.id === first.questionId)!.topics);
    expect(line.answers.filter((a) => a.chosen.length === 0).every((a) => a.questionId.endsWith('1') && !a.correct)).toBe(true);
    expect(first.timeMs).toBe(30_000);
    expect(ledgerAttemptOf(startAttempt(pack, { kind: 'full' }, { id: 'open', seed: 1, now: T0 }), pack)).toBeUndefined();
  });

  it('folds answers into per-question aggregates, counts repeats, and keeps only mock exams in the trend', () => {
    const id = 'd1-q3';
    const full = ledgerAttemptOf(
      taken({ kind: 'full' }, T0 + 2 * DAY, () => true),
      pack,
    )!;
    const lines = [
      ledgerAttemptOf(
        taken({ kind: 'drill', questionIds: [id], count: 1 }, T0, () => false),
        pack,
      )!,
      ledgerAttemptOf(
        taken({ kind: 'drill', questionIds: [id], count: 1 }, T0 + DAY, () => true),
        pack,
      )!,
      { ...full, answers: full.answers.filter((a) => a.questionId !== id) },
      {
        ...ledgerAttemptOf(
          taken({ kind: 'drill', questionIds: [id], count: 1 }, T0 + 3 * DAY, () => undefined),
          pack,
        )!,
        kind: 'practice',
      },
    ];
    const summary = ledgerOf(lines);
    const ledger = summary.packs[pack.id]!;
    const stats = ledger.questions[id]!;
    expect(stats).toMatchObject({ answered: 2, correct: 1, skipped: 1, lastMissed: T0 + 60_000, lastSeen: T0 + 3 * DAY + 60_000 });
    expect(ledger.recent.filter(([q]) => q === id).map(([, , right, , prior]) => [right, prior])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(ledger.mocks.map((m) => m.kind)).toEqual(['full']);
    expect(ledger).toMatchObject({ attempts: 4, mockCount: 1 });
    expect(summary.covered).toEqual(coverageOf(lines.map((l) => l.attemptId)));
    expect(questionHistory(ledger, [id, 'never'])).toEqual([
      { questionId: id, seen: 2, missed: 1, skipped: 1, last: T0 + 3 * DAY + 60_000, lastMissed: T0 + 60_000 },
      { questionId: 'never', seen: 0, missed: 0, skipped: 0 },
    ]);
  });

  it('sorts kinds into mock exams and everything else, kinds added later included', () => {
    expect(['full', 'fixed', 'drill', 'practice', 'custom-drill', 'spaced-review', 'retake'].filter(isMockExam)).toEqual(['full', 'fixed']);
  });
});

describe('progress statistics', () => {
  // Six mock exams: domain 1 is learned before the last, topic-0 is always missed, domain 4 is answered slowly.
  const lines = Array.from({ length: 6 }, (_, week) =>
    ledgerAttemptOf(
      taken(
        { kind: 'full' },
        T0 + week * 4 * DAY,
        (id) => !id.startsWith('d1-') || week >= 5,
        (id) => (id.startsWith('d4-') ? 150_000 : 50_000 + Number(id.split('q')[1]) * 100),
      ),
      pack,
    )!,
  );
  const ledger = ledgerOf(lines).packs[pack.id]!;

  it('gives mastery for every task of the pack, with a trend', () => {
    const tasks = masteryByTask(pack, ledger);
    expect(tasks.map((t) => t.task)).toEqual(['1.1', '2.1', '3.1', '4.1']);
    const d1 = tasks[0]!;
    expect(d1.answered).toBe(lines.reduce((sum, l) => sum + l.answers.filter((a) => a.domain === 1).length, 0));
    expect(d1.percent).toBeCloseTo(100 / 6, 0);
    expect(d1.trend.direction).toBe('up');
    expect(tasks[1]).toMatchObject({ percent: 100, questionCount: 40, trend: { direction: 'flat' } });
    expect(
      masteryByTask(
        { ...pack, domains: [...pack.domains, { number: 5, title: 'New', weight: 0, tasks: [{ id: '5.1', title: 'Unseen' }] }] },
        ledger,
      ).at(-1),
    ).toMatchObject({
      task: '5.1',
      answered: 0,
      percent: null,
      trend: { direction: 'unknown' },
    });
    expect(taskTrend('0'.repeat(20) + '1'.repeat(15) + '0'.repeat(5))).toEqual({ recentPercent: 75, previousPercent: 0, direction: 'up' });
  });

  it('gives mastery by topic and the five weakest topics with enough answers', () => {
    const topics = masteryByTopic(pack, ledger);
    expect(topics.map((t) => t.topic)).toEqual(['shared', 'topic-0', 'topic-1', 'topic-2', 'topic-3', 'topic-4', 'topic-5']);
    const weakest = weakestTopics(topics, ledger);
    expect(weakest).toHaveLength(5);
    for (let i = 1; i < weakest.length; i++) expect(weakest[i]!.score).toBeGreaterThanOrEqual(weakest[i - 1]!.score);
    expect(weakest.every((t) => t.answered >= 8)).toBe(true);
    // A topic with 7 answers, all wrong, is not yet among the weakest.
    const few = weakestTopics(
      [{ topic: 'rare', questionCount: 3, questionsSeen: 3, answered: 7, correct: 0, percent: 0 }, ...topics],
      ledger,
    );
    expect(few.map((t) => t.topic)).not.toContain('rare');
  });

  it('gives the per-domain trend of mock exams against the pass-equivalent percent', () => {
    const trends = domainTrends(pack, ledger);
    expect(trends.passEquivalentPercent).toBe(68.9);
    expect(trends.attempts.map((a) => a.attemptId)).toEqual(lines.map((l) => l.attemptId));
    const d1 = trends.attempts.map((a) => a.byDomain.find((d) => d.domain === 1)!.percent);
    expect(d1).toEqual([0, 0, 0, 0, 0, 100]);
    expect(trends.attempts[0]!.byDomain.find((d) => d.domain === 2)!.percent).toBe(100);
    expect(domainTrends(pack, ledger, 2).attempts).toHaveLength(2);
  });

  it('gives the time per question by domain and the slowest questions', () => {
    const timing = timePerQuestion(pack, ledger);
    expect(timing.byDomain.find((d) => d.domain === 4)!.averageMs).toBe(150_000);
    expect(timing.byDomain.find((d) => d.domain === 1)!.averageMs).toBeGreaterThan(50_000);
    expect(timing.slowest).toHaveLength(10);
    expect(timing.slowest.every((q) => q.domain === 4)).toBe(true);
  });
});
