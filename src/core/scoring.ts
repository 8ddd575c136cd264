/** All-or-nothing scoring per question, per-domain breakdown and the scaled-score estimate. */

export interface ScoredItem {
  questionId: string;
  domain: number;
  correctOptionIds: string[];
}

export interface DomainScore {
  domain: number;
  correct: number;
  total: number;
}

export interface AttemptResult {
  correct: number;
  total: number;
  unanswered: number;
  /** 0-100, one decimal. */
  percent: number;
  /** Estimate on the 100-1000 scale; see SCALED_SCORE_METHOD. */
  scaledScore: number;
  passingScaledScore: number;
  passed: boolean;
  byDomain: DomainScore[];
}

export const SCALED_SCORE_METHOD =
  'Estimate: 100 + 900 × (fraction correct), rounded. AWS equates scores across exam forms and does not publish its conversion, so your real score can differ; 720 here means about 69% correct.';

export function scaledScoreEstimate(correct: number, total: number): number {
  if (total === 0) return 100;
  return Math.round(100 + (900 * correct) / total);
}

export function isAnswerCorrect(correctOptionIds: readonly string[], chosen: readonly string[] | undefined): boolean {
  if (!chosen || chosen.length !== correctOptionIds.length) return false;
  const keys = new Set(correctOptionIds);
  return chosen.every((id) => keys.has(id)) && new Set(chosen).size === chosen.length;
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
    percent: total === 0 ? 0 : Math.round((1000 * correct) / total) / 10,
    scaledScore,
    passingScaledScore,
    passed: scaledScore >= passingScaledScore,
    byDomain: [...domains.values()].sort((a, b) => a.domain - b.domain),
  };
}
