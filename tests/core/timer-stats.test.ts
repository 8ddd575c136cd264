import { describe, expect, it } from 'vitest';
import { formatDuration, historyStats, remainingMs, warningLevel, type AttemptSummary } from '../../src/core/index.ts';

describe('timer math', () => {
  it('derives time left from the deadline and warns at 15 and 5 minutes', () => {
    expect(remainingMs(1000, 400)).toBe(600);
    expect(remainingMs(1000, 5000)).toBe(0);
    expect(warningLevel(15 * 60_000 + 1)).toBe('none');
    expect(warningLevel(15 * 60_000)).toBe('15-minutes');
    expect(warningLevel(5 * 60_000)).toBe('5-minutes');
    expect(warningLevel(0)).toBe('expired');
    expect(formatDuration(130 * 60_000)).toBe('2:10:00');
    expect(formatDuration(65_500)).toBe('1:06');
  });
});

describe('history statistics', () => {
  const summary = (id: string, at: number, correct: number, byDomain: [number, number, number][]): AttemptSummary => ({
    id,
    packId: 'p',
    packTitle: 'P',
    kind: 'full',
    title: 'Full',
    status: 'submitted',
    startedAt: at - 1000,
    deadline: at + 1000,
    submittedAt: at,
    questionCount: 65,
    answeredCount: 65,
    result: {
      correct,
      total: 65,
      unanswered: 0,
      percent: 0,
      scaledScore: Math.round(100 + (900 * correct) / 65),
      passingScaledScore: 720,
      passed: correct >= 45,
      byDomain: byDomain.map(([domain, c, total]) => ({ domain, correct: c, total })),
    },
  });

  it('orders the series by time and sums recent domain results', () => {
    const stats = historyStats([
      summary('b', 2000, 50, [
        [1, 15, 21],
        [2, 10, 17],
      ]),
      summary('a', 1000, 30, [
        [1, 10, 21],
        [2, 5, 17],
      ]),
      { ...summary('c', 3000, 0, []), status: 'in-progress', result: undefined },
    ]);
    expect(stats.series.map((p) => p.attemptId)).toEqual(['a', 'b']);
    expect(stats.attemptCount).toBe(2);
    expect(stats.passCount).toBe(1);
    expect(stats.domains[0]).toMatchObject({ domain: 1, correct: 25, total: 42, recent: [47.6, 71.4] });
    expect(stats.bestScore).toBe(792);
  });
});
