/** Mock exams and everything else: only mock exams are scored, passed, "best" and trended. */
import { describe, expect, it } from 'vitest';
import {
  countingNote,
  domainTrends,
  emptyPackLedger,
  historyStats,
  isMockExam,
  kindLabel,
  movingAverage,
  type AttemptSummary,
} from '../../src/core/index.ts';
import { makePack } from '../fixtures/packs.ts';

function summary(id: string, kind: AttemptSummary['kind'], at: number, correct: number, total: number): AttemptSummary {
  const scaledScore = Math.round(100 + (900 * correct) / total);
  return {
    id,
    packId: 'p',
    packTitle: 'P',
    kind,
    title: `${kind} ${id}`,
    status: 'submitted',
    startedAt: at - 1000,
    deadline: at + 1000,
    submittedAt: at,
    questionCount: total,
    answeredCount: total,
    result: {
      correct,
      total,
      unanswered: 0,
      percent: Math.round((1000 * correct) / total) / 10,
      scaledScore,
      passingScaledScore: 720,
      passed: scaledScore >= 720,
      byDomain: [{ domain: 1, correct, total }],
    },
  };
}

describe('mock exams apart', () => {
  it('counts only full and fixed exams as mock exams, unknown kinds as learning', () => {
    expect(['full', 'fixed', 'drill', 'custom', 'retake', 'review', 'future-kind'].filter(isMockExam)).toEqual(['full', 'fixed']);
  });

  it('leaves a perfect 24-question retake out of the best score, the pass count and the trend', () => {
    const stats = historyStats([
      summary('m1', 'full', 1000, 30, 65),
      summary('r1', 'retake', 2000, 24, 24),
      summary('f1', 'fixed', 3000, 40, 65),
      summary('d1', 'custom', 4000, 10, 10),
      summary('s1', 'review', 5000, 5, 5),
      summary('o1', 'drill', 6000, 20, 20),
    ]);
    expect(stats.series.map((p) => p.attemptId)).toEqual(['m1', 'f1']);
    expect(stats.series.map((p) => p.kind)).toEqual(['full', 'fixed']);
    expect(stats.attemptCount).toBe(6);
    expect(stats.mockCount).toBe(2);
    expect(stats.otherCount).toBe(4);
    expect(stats.passCount).toBe(0);
    expect(stats.bestScore).toBe(654);
    expect(stats.recentAverage).toBe(Math.round((515 + 654) / 2));
    expect(stats.recentAttemptIds).toEqual(['m1', 'f1']);
    expect(stats.domains[0]).toMatchObject({ correct: 70, total: 130 });
  });

  it('has no score at all when only drills were taken', () => {
    const stats = historyStats([summary('d1', 'custom', 1000, 10, 10)]);
    expect(stats).toMatchObject({ attemptCount: 1, mockCount: 0, otherCount: 1, passCount: 0, series: [], domains: [] });
    expect(stats.bestScore).toBeUndefined();
    expect(stats.recentAverage).toBeUndefined();
  });

  it('names each kind so a spaced review is not a retake', () => {
    expect(kindLabel('full')).toBe('Mock exam');
    expect(kindLabel('fixed')).toBe('Practice exam');
    expect(kindLabel('review')).toBe('Spaced review');
    expect(kindLabel('retake')).toBe('Retake');
    expect(kindLabel('custom', 'Drill: D1 (10 questions)')).toBe('Drill');
    expect(kindLabel('custom', 'Practice: D1 (10 questions)')).toBe('Practice');
    expect(kindLabel('later')).toBe('Learning');
  });

  it('says what a view counts', () => {
    expect(countingNote(3, 2)).toBe(
      'Scores count 3 mock exams only; 2 drills, retakes, reviews and practice sessions are listed but not scored.',
    );
    expect(countingNote(1, 1)).toContain('1 mock exam only; 1 drill, retake, review or practice session is listed');
    expect(countingNote(0, 0)).toContain('0 mock exams.');
  });
});

describe('the mock-exam score trend', () => {
  it('averages each score with the two before it', () => {
    expect(movingAverage([500, 600, 700, 800])).toEqual([500, 550, 600, 700]);
    expect(movingAverage([])).toEqual([]);
  });

  it('gives each mock exam its scaled score and a moving average that reaches back past the shown window', () => {
    const ledger = emptyPackLedger();
    // 65 questions each, 26 to 65 right: scaled 460, 640, 820, 903, 1000.
    [26, 39, 52, 58, 65].forEach((right, i) =>
      ledger.mocks.push({ attemptId: `m${i}`, kind: 'full', title: 'Full', submittedAt: i, byDomain: [[1, right, 65]] }),
    );
    ledger.mockCount = 5;
    const trends = domainTrends(makePack(), ledger, 2);
    expect(trends.attempts.map((a) => a.attemptId)).toEqual(['m3', 'm4']);
    expect(trends.attempts.map((a) => a.scaledScore)).toEqual([903, 1000]);
    expect(trends.attempts.map((a) => a.movingAverage)).toEqual([Math.round((640 + 820 + 903) / 3), Math.round((820 + 903 + 1000) / 3)]);
    expect(trends.movingAverageWindow).toBe(3);
  });
});
