/** Statistics over a user's history of attempts, computed from the attempt summaries alone. */
import { z } from 'zod';
import type { AttemptSummary } from '../attempt/schema.ts';
import { movingAverage } from '../progress/trends.ts';
import { isMockExam } from '../rules/attempt-kinds.ts';
import { passEquivalentPercent, percentOf } from '../rules/score-rules.ts';

export const scorePointSchema = z.object({
  attemptId: z.string(),
  kind: z.string(),
  title: z.string(),
  submittedAt: z.number(),
  scaledScore: z.number(),
  percent: z.number(),
  passed: z.boolean(),
  /** The mean scaled score of this mock exam and the two before it. */
  movingAverage: z.number(),
});

export const domainTrendSchema = z.object({
  domain: z.number().int(),
  /** Percent correct in each of the recent attempts, oldest first (null: no question of it). */
  recent: z.array(z.number().nullable()),
  correct: z.number().int(),
  total: z.number().int(),
  percent: z.number(),
  /** Below the percent that reaches the pass mark. */
  weak: z.boolean(),
});

/**
 * Mock exams only (see `isMockExam`): the series, the domains, the pass count, the best score and
 * the last three's average. Drills, retakes, reviews and practice are counted in `otherCount`.
 */
export const historyStatsSchema = z.object({
  /** Finished attempts of every kind, mock exams among them. */
  attemptCount: z.number().int(),
  mockCount: z.number().int(),
  otherCount: z.number().int(),
  series: z.array(scorePointSchema),
  recentAttemptIds: z.array(z.string()),
  domains: z.array(domainTrendSchema),
  /** Mean scaled score of the last three mock exams; undefined before the first one. */
  recentAverage: z.number().optional(),
  bestScore: z.number().optional(),
  passCount: z.number().int(),
  passingScaledScore: z.number(),
  /** The percent correct that reaches the pass mark (a domain below it "needs work"). */
  passEquivalentPercent: z.number(),
});

export type ScorePoint = z.infer<typeof scorePointSchema>;
export type DomainTrend = z.infer<typeof domainTrendSchema>;
export type HistoryStats = z.infer<typeof historyStatsSchema>;

export const RECENT_ATTEMPTS = 5;
const DEFAULT_PASSING_SCALED_SCORE = 720;

export function historyStats(
  summaries: readonly AttemptSummary[],
  packId?: string,
  passingScaledScore = DEFAULT_PASSING_SCALED_SCORE,
): HistoryStats {
  const all = summaries.filter((s) => s.status === 'submitted' && s.result && (!packId || s.packId === packId));
  const finished = all.filter((s) => isMockExam(s.kind)).sort((a, b) => (a.submittedAt ?? 0) - (b.submittedAt ?? 0));
  const averages = movingAverage(finished.map((s) => s.result!.scaledScore));
  const series = finished.map((s, i) => ({
    attemptId: s.id,
    kind: s.kind,
    title: s.title,
    submittedAt: s.submittedAt ?? s.startedAt,
    scaledScore: s.result!.scaledScore,
    percent: s.result!.percent,
    passed: s.result!.passed,
    movingAverage: averages[i]!,
  }));
  const threshold = passEquivalentPercent(passingScaledScore);
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
      return percentOf(score.correct, score.total);
    });
    const percent = percentOf(correct, total);
    return { domain, recent: trend, correct, total, percent, weak: percent < threshold };
  });
  const lastThree = series.slice(-3);
  return {
    attemptCount: all.length,
    mockCount: finished.length,
    otherCount: all.length - finished.length,
    series,
    recentAttemptIds: recent.map((s) => s.id),
    domains,
    ...(lastThree.length ? { recentAverage: Math.round(lastThree.reduce((sum, p) => sum + p.scaledScore, 0) / lastThree.length) } : {}),
    ...(series.length ? { bestScore: Math.max(...series.map((p) => p.scaledScore)) } : {}),
    passCount: series.filter((p) => p.passed).length,
    passingScaledScore,
    passEquivalentPercent: threshold,
  };
}
