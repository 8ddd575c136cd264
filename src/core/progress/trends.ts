/** Mock exams only: percent right per domain in each, against the pass-equivalent percent. */
import { z } from 'zod';
import type { Pack } from '../pack/model.ts';
import { domainScoreSchema } from '../scoring/scoring.ts';
import { passEquivalentPercent, percentOf } from '../rules/score-rules.ts';
import type { PackLedger } from './aggregates.ts';

/** The latest mock exams a trend shows (the ledger keeps more). */
export const TREND_ATTEMPTS = 50;

export const trendPointSchema = z.object({
  attemptId: z.string(),
  kind: z.string(),
  title: z.string(),
  submittedAt: z.number(),
  percent: z.number(),
  byDomain: z.array(domainScoreSchema.extend({ percent: z.number() })),
});
export const domainTrendsSchema = z.object({
  passEquivalentPercent: z.number(),
  domains: z.array(z.object({ domain: z.number().int(), title: z.string() })),
  /** Oldest first. */
  attempts: z.array(trendPointSchema),
  /** Every mock exam taken of this pack, shown or not. */
  mockCount: z.number().int(),
});
export type DomainTrends = z.infer<typeof domainTrendsSchema>;

export function domainTrends(pack: Pack, ledger: PackLedger, limit = TREND_ATTEMPTS): DomainTrends {
  return {
    passEquivalentPercent: passEquivalentPercent(pack.exam.passingScaledScore),
    domains: pack.domains.map((d) => ({ domain: d.number, title: d.title })),
    attempts: ledger.mocks.slice(-limit).map((mock) => {
      const right = mock.byDomain.reduce((sum, [, c]) => sum + c, 0);
      const total = mock.byDomain.reduce((sum, [, , t]) => sum + t, 0);
      return {
        attemptId: mock.attemptId,
        kind: mock.kind,
        title: mock.title,
        submittedAt: mock.submittedAt,
        percent: percentOf(right, total),
        byDomain: mock.byDomain.map(([domain, correct, n]) => ({ domain, correct, total: n, percent: percentOf(correct, n) })),
      };
    }),
    mockCount: ledger.mockCount,
  };
}
