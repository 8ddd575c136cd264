/** All-or-nothing scoring per question, the per-domain breakdown and the pass verdict. */
import { z } from 'zod';
import { isAnswerCorrect, percentOf, scaledScoreEstimate } from '../rules/score-rules.ts';

export const domainScoreSchema = z.object({ domain: z.number().int(), correct: z.number().int().min(0), total: z.number().int().min(0) });

export const attemptResultSchema = z.object({
  correct: z.number().int().min(0),
  total: z.number().int().min(0),
  unanswered: z.number().int().min(0),
  /** 0-100, one decimal. */
  percent: z.number(),
  /** Estimate on the 100-1000 scale; see SCALED_SCORE_METHOD. */
  scaledScore: z.number(),
  passingScaledScore: z.number(),
  passed: z.boolean(),
  byDomain: z.array(domainScoreSchema),
});

export type DomainScore = z.infer<typeof domainScoreSchema>;
export type AttemptResult = z.infer<typeof attemptResultSchema>;

export interface ScoredItem {
  questionId: string;
  domain: number;
  correctOptionIds: string[];
}

export function scoreItems(
  items: readonly ScoredItem[],
  answers: Readonly<Record<string, readonly string[]>>,
  passingScaledScore: number,
): AttemptResult {
  const domains = new Map<number, DomainScore>();
  let correct = 0;
  let unanswered = 0;
  for (const item of items) {
    const chosen = answers[item.questionId];
    const right = isAnswerCorrect(item.correctOptionIds, chosen);
    if (!chosen || chosen.length === 0) unanswered++;
    if (right) correct++;
    const domain = domains.get(item.domain) ?? { domain: item.domain, correct: 0, total: 0 };
    domain.total++;
    if (right) domain.correct++;
    domains.set(item.domain, domain);
  }
  const total = items.length;
  const scaledScore = scaledScoreEstimate(correct, total);
  return {
    correct,
    total,
    unanswered,
    percent: percentOf(correct, total),
    scaledScore,
    passingScaledScore,
    passed: scaledScore >= passingScaledScore,
    byDomain: [...domains.values()].sort((a, b) => a.domain - b.domain),
  };
}
