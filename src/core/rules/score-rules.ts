/** The scoring rules the screens show: all-or-nothing answers and the scaled-score estimate. */

export const SCALED_SCORE_METHOD =
  'Estimate: 100 + 900 × (fraction correct), rounded. AWS equates scores across exam forms and does not publish its conversion, ' +
  'so your real score can differ; 720 here means about 69% correct.';

export function scaledScoreEstimate(correct: number, total: number): number {
  if (total === 0) return 100;
  return Math.round(100 + (900 * correct) / total);
}

/** The percent correct that reaches the pass mark under the estimate (720 → 68.9%). */
export function passEquivalentPercent(passingScaledScore: number): number {
  return Math.round((1000 * (passingScaledScore - 100)) / 900) / 10;
}

export function isAnswerCorrect(correctOptionIds: readonly string[], chosen: readonly string[] | undefined): boolean {
  if (!chosen || chosen.length !== correctOptionIds.length) return false;
  const keys = new Set(correctOptionIds);
  return chosen.every((id) => keys.has(id)) && new Set(chosen).size === chosen.length;
}

export function percentOf(correct: number, total: number): number {
  return total === 0 ? 0 : Math.round((1000 * correct) / total) / 10;
}
