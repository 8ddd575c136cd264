/** Statistics over a user's history of attempts, computed from the attempt summaries alone. */
import type { AttemptSummary } from './attempt.ts';

export interface ScorePoint {
  attemptId: string;
  title: string;
  submittedAt: number;
  scaledScore: number;
  percent: number;
  passed: boolean;
}

export interface DomainTrend {
  domain: number;
  /** Percent correct in each of the recent attempts, oldest first (null: no question of it). */
  recent: (number | null)[];
  correct: number;
  total: number;
  percent: number;
}

export interface HistoryStats {
  attemptCount: number;
  series: ScorePoint[];
  recentAttemptIds: string[];
  domains: DomainTrend[];
  /** Mean scaled score of the last three attempts; undefined before the first one. */
  recentAverage?: number;
  bestScore?: number;
  passCount: number;
}

export const RECENT_ATTEMPTS = 5;

export function historyStats(summaries: readonly AttemptSummary[], packId?: string): HistoryStats {
  const finished = summaries
    .filter((s) => s.status === 'submitted' && s.result && (!packId || s.packId === packId))
    .sort((a, b) => (a.submittedAt ?? 0) - (b.submittedAt ?? 0));
  const series = finished.map((s) => ({
    attemptId: s.id,
    title: s.title,
    submittedAt: s.submittedAt ?? s.startedAt,
    scaledScore: s.result!.scaledScore,
    percent: s.result!.percent,
    passed: s.result!.passed,
  }));
  const recent = finished.slice(-RECENT_ATTEMPTS);
  const domainNumbers = [...new Set(recent.flatMap((s) => s.result!.byDomain.map((d) => d.domain)))].sort((a, b) => a - b);
  const domains = domainNumbers.map((domain) => {
    let correct = 0;
    let total = 0;
    const trend = recent.map((s) => {
      const score = s.result!.byDomain.find((d) => d.domain === domain);
      if (!score || score.total === 0) return null;
      correct += score.correct;
      total += score.total;
      return Math.round((1000 * score.correct) / score.total) / 10;
    });
    return { domain, recent: trend, correct, total, percent: total ? Math.round((1000 * correct) / total) / 10 : 0 };
  });
  const lastThree = series.slice(-3);
  return {
    attemptCount: finished.length,
    series,
    recentAttemptIds: recent.map((s) => s.id),
    domains,
    ...(lastThree.length ? { recentAverage: Math.round(lastThree.reduce((sum, p) => sum + p.scaledScore, 0) / lastThree.length) } : {}),
    ...(series.length ? { bestScore: Math.max(...series.map((p) => p.scaledScore)) } : {}),
    passCount: series.filter((p) => p.passed).length,
  };
}
