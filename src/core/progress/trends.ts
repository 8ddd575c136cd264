/** Mock exams only: percent right per domain in each, against the pass-equivalent percent. */
import { z } from 'zod';
import type { Pack } from '../pack/model.ts';
import { domainScoreSchema } from '../scoring/scoring.ts';
import { passEquivalentPercent, percentOf, scaledScoreEstimate } from '../rules/score-rules.ts';
import type { PackLedger } from './aggregates.ts';

/** The latest mock exams a trend shows (the ledger keeps more). */
export const TREND_ATTEMPTS = 50;
/** The moving average of the score trend: the mean of a mock exam and the two before it. */
export const MOVING_AVERAGE_WINDOW = 3;

export const trendPointSchema = z.object({
  attemptId: z.string(),
  kind: z.string(),
  title: z.string(),
  submittedAt: z.number(),
  percent: z.number(),
  /** The scaled-score estimate, and the moving average of it over this and the previous mock exams. */
  scaledScore: z.number(),
  movingAverage: z.number(),
  byDomain: z.array(domainScoreSchema.extend({ percent: z.number() })),
});
export const domainTrendsSchema = z.object({
  passEquivalentPercent: z.number(),
  domains: z.array(z.object({ domain: z.number().int(), title: z.string() })),
  /** Oldest first. */
  attempts: z.array(trendPointSchema),
  /** Every mock exam taken of this pack, shown or not. */
  mockCount: z.number().int(),
  movingAverageWindow: z.number().int(),
});
export type DomainTrends = z.infer<typeof domainTrendsSchema>;

/** The mean of each value and the `window - 1` before it (fewer at the start), rounded. */
export function movingAverage(values: readonly number[], window = MOVING_AVERAGE_WINDOW): number[] {
  return values.map((_, i) => {
    const part = values.slice(Math.max(0, i - window + 1), i + 1);
    return Math.round(part.reduce((sum, v) => sum + v, 0) / part.length);
  });
}

export function domainTrends(pack: Pack, ledger: PackLedger, limit = TREND_ATTEMPTS): DomainTrends {
  // The average reaches back before the first mock exam shown, so it does not restart at the window's edge.
  const mocks = ledger.mocks.slice(-(limit + MOVING_AVERAGE_WINDOW - 1));
  const scores = mocks.map((mock) => {
    const right = mock.byDomain.reduce((sum, [, c]) => sum + c, 0);
    const total = mock.byDomain.reduce((sum, [, , t]) => sum + t, 0);
    return { right, total, scaled: scaledScoreEstimate(right, total) };
  });
  const averages = movingAverage(scores.map((s) => s.scaled));
  const skip = Math.max(0, mocks.length - limit);
  return {
    passEquivalentPercent: passEquivalentPercent(pack.exam.passingScaledScore),
    domains: pack.domains.map((d) => ({ domain: d.number, title: d.title })),
    attempts: mocks.slice(skip).map((mock, i) => {
      const { right, total, scaled } = scores[skip + i]!;
      return {
        attemptId: mock.attemptId,
        kind: mock.kind,
        title: mock.title,
        submittedAt: mock.submittedAt,
        percent: percentOf(right, total),
        scaledScore: scaled,
        movingAverage: averages[skip + i]!,
        byDomain: mock.byDomain.map(([domain, correct, n]) => ({ domain, correct, total: n, percent: percentOf(correct, n) })),
      };
    }),
    mockCount: ledger.mockCount,
    movingAverageWindow: MOVING_AVERAGE_WINDOW,
  };
}
