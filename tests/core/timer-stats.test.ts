import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  historyStats,
  remainingMs,
  timeWarnings,
  warningAt,
  warningText,
  type AttemptSummary,
} from '../../src/core/index.ts';

const MINUTE = 60_000;

describe('timer math', () => {
  it('derives time left from the deadline and warns a full-length exam at 15 and 5 minutes', () => {
    expect(remainingMs(1000, 400)).toBe(600);
    expect(remainingMs(1000, 5000)).toBe(0);
    const exam = 130 * MINUTE;
    expect(warningAt(15 * MINUTE + 1, exam).level).toBe('none');
    expect(warningAt(15 * MINUTE, exam)).toEqual({ level: 'first', atMs: 15 * MINUTE });
    expect(warningAt(5 * MINUTE, exam)).toEqual({ level: 'final', atMs: 5 * MINUTE });
    expect(warningAt(0, exam).level).toBe('expired');
    expect(formatDuration(130 * MINUTE)).toBe('2:10:00');
    expect(formatDuration(65_500)).toBe('1:06');
  });

  it('does not warn a short attempt from its first second: it warns at a share of its time', () => {
    // A 4-question retake has 10 minutes: "15 minutes remaining" would be false from the start.
    expect(warningAt(10 * MINUTE, 10 * MINUTE).level).toBe('none');
    expect(timeWarnings(10 * MINUTE)).toEqual([
      { level: 'first', atMs: 2.5 * MINUTE },
      { level: 'final', atMs: 1 * MINUTE },
    ]);
    expect(warningAt(2 * MINUTE, 10 * MINUTE)).toEqual({ level: 'first', atMs: 2.5 * MINUTE });
    expect(warningText(2.5 * MINUTE)).toBe('2 minutes 30 seconds remaining.');
  });

  it('gives the fixed warnings only where the attempt is longer than twice their time', () => {
    expect(timeWarnings(31 * MINUTE).map((w) => w.atMs)).toEqual([15 * MINUTE, 5 * MINUTE]);
    expect(timeWarnings(30 * MINUTE).map((w) => w.atMs)).toEqual([7.5 * MINUTE, 5 * MINUTE]);
    // At 20 minutes a quarter of the time is the final warning's own 5 minutes: one warning only.
    expect(timeWarnings(20 * MINUTE)).toEqual([{ level: 'final', atMs: 5 * MINUTE }]);
    expect(timeWarnings(Number.POSITIVE_INFINITY)).toEqual([]);
    expect(warningText(15 * MINUTE)).toBe('15 minutes remaining.');
    expect(warningText(1 * MINUTE)).toBe('1 minute remaining.');
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
