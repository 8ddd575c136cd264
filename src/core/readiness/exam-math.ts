/** The arithmetic of passing: how many right answers pass, and the probability of getting them. */
import { scaledScoreEstimate } from '../rules/score-rules.ts';

/** The fewest right answers out of `questionCount` whose scaled-score estimate reaches the pass mark. */
export function passCount(questionCount: number, passingScaledScore: number): number {
  for (let correct = 0; correct <= questionCount; correct++)
    if (scaledScoreEstimate(correct, questionCount) >= passingScaledScore) return correct;
  return questionCount + 1;
}

/** Standard normal CDF (Abramowitz-Stegun 7.1.26 on erf; error below 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** P(at least `need` right) when domain d brings `counts[d]` questions each right with `p[d]`: exact. */
export function exactPassProbability(counts: readonly number[], p: readonly number[], need: number): number {
  let dist = [1];
  counts.forEach((n, d) => {
    const q = p[d]!;
    const binom = [1];
    for (let k = 1; k <= n; k++) binom.push((binom[k - 1]! * (n - k + 1)) / k);
    const next = new Array<number>(dist.length + n).fill(0);
    for (let a = 0; a < dist.length; a++) for (let k = 0; k <= n; k++) next[a + k]! += dist[a]! * binom[k]! * q ** k * (1 - q) ** (n - k);
    dist = next;
  });
  return dist.slice(Math.max(0, need)).reduce((sum, x) => sum + x, 0);
}
