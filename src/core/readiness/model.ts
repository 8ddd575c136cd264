/**
 * Readiness: the probability of passing the exam now, estimated from recent answers of every kind.
 *
 * 1. Each answer of the last 120 days counts with a weight: halved every 14 days of age, and
 *    multiplied by 0.3 for every earlier answer to the same question (a repeat shows memory of
 *    that question more than knowledge of the domain).
 * 2. Per domain, the weighted share right, pulled a little toward the learner's overall share
 *    (as if 4 more answers at that rate had been given), is the estimated chance of answering a
 *    new question of that domain; fewer and older answers leave it less certain.
 * 3. A simulated exam draws the pack's question count per domain in the blueprint's weights; the
 *    chance that its right answers reach the pass mark (by the score estimate) is the readiness,
 *    counting both the luck of the draw and the uncertainty of step 2. The interval is the range
 *    of that chance over the middle 90% of what the learner's ability may be.
 * The settings were chosen on the simulator in `simulation.ts` and checked there on other seeds.
 */
import { z } from 'zod';
import { questionsPerDomain } from '../selection/selection.ts';
import { passEquivalentPercent } from '../rules/score-rules.ts';
import { normalCdf, passCount } from './exam-math.ts';

export interface ReadinessAnswer {
  domain: number;
  correct: boolean;
  at: number;
  /** How many times the question had been answered before this answer. */
  prior: number;
}

export interface ReadinessExam {
  questionCount: number;
  passingScaledScore: number;
  domains: readonly { number: number; weight: number; title?: string }[];
}

export const READINESS_SETTINGS = {
  halfLifeDays: 14,
  repeatFactor: 0.3,
  windowDays: 120,
  priorStrength: 4,
  minAnswers: 100,
  minPerDomain: 15,
};
export type ReadinessSettings = typeof READINESS_SETTINGS;

export const readinessDomainSchema = z.object({
  domain: z.number().int(),
  /** Share of the exam's questions (blueprint weight, percent). */
  weight: z.number(),
  /** Answers of the window in this domain, and their weight after the discounts. */
  answered: z.number().int(),
  evidence: z.number(),
  /** Estimated chance of a new question of the domain right, 0-1; null without answers. */
  estimate: z.number().nullable(),
});

export const readinessSchema = z.object({
  status: z.enum(['ready', 'not-enough-data']),
  /** The chance of passing now (0-1) and its 90% interval, once there is enough data. */
  probability: z.number().min(0).max(1).optional(),
  low: z.number().min(0).max(1).optional(),
  high: z.number().min(0).max(1).optional(),
  /** The expected percent correct on the exam, and the percent the pass mark needs. */
  expectedPercent: z.number().optional(),
  passPercent: z.number(),
  answered: z.number().int(),
  byDomain: z.array(readinessDomainSchema),
  /** What is still missing, in plain words (empty once ready). */
  missing: z.array(z.string()),
  method: z.string(),
});
export type Readiness = z.infer<typeof readinessSchema>;

const DAY = 24 * 3600_000;

export function readinessMethod(s: ReadinessSettings = READINESS_SETTINGS): string {
  return (
    `From your answers of the last ${s.windowDays} days, in every kind of attempt. Each answer counts less as it ages ` +
    `(half as much after ${s.halfLifeDays} days), and each repeat of a question counts ${s.repeatFactor} times ` +
    `as much as the answer before it, ` +
    `since answering a question you have seen before shows memory more than knowledge. Per domain this gives the chance of ` +
    `answering a new question right. A simulated exam then draws its questions in the exam's domain weights, and the ` +
    `readiness is the chance that its right answers reach the pass mark, allowing for the luck of the draw and for how ` +
    `much your answers leave uncertain; the range covers 90% of what your ability may be. It needs at least ` +
    `${s.minAnswers} answers and ${s.minPerDomain} in each domain. Checked on simulated learners: of those given 70-80%, about 70-80% pass.`
  );
}

export function estimateReadiness(
  answers: readonly ReadinessAnswer[],
  exam: ReadinessExam,
  now: number,
  s: ReadinessSettings = READINESS_SETTINGS,
): Readiness {
  const since = now - s.windowDays * DAY;
  const tally = new Map(exam.domains.map((d) => [d.number, { answered: 0, right: 0, weight: 0 }]));
  for (const answer of answers) {
    const t = tally.get(answer.domain);
    if (!t || answer.at < since) continue;
    const w = 0.5 ** (Math.max(0, now - answer.at) / (s.halfLifeDays * DAY)) * s.repeatFactor ** answer.prior;
    t.answered++;
    t.weight += w;
    if (answer.correct) t.right += w;
  }
  const all = [...tally.values()];
  const totalWeight = all.reduce((sum, t) => sum + t.weight, 0);
  const overall = totalWeight > 0 ? all.reduce((sum, t) => sum + t.right, 0) / totalWeight : 0.5;
  const counts = questionsPerDomain([...exam.domains], exam.questionCount);
  let mean = 0;
  let drawVariance = 0;
  let abilityVariance = 0;
  const byDomain = exam.domains.map((d) => {
    const t = tally.get(d.number)!;
    const n = counts.get(d.number) ?? 0;
    const p = (t.right + s.priorStrength * overall) / (t.weight + s.priorStrength);
    mean += n * p;
    drawVariance += n * p * (1 - p);
    abilityVariance += (n * n * p * (1 - p)) / (t.weight + s.priorStrength + 1);
    return {
      domain: d.number,
      weight: d.weight,
      answered: t.answered,
      evidence: round(t.weight, 2),
      estimate: t.answered ? round(p, 3) : null,
    };
  });
  const answered = all.reduce((sum, t) => sum + t.answered, 0);
  const passPercent = passEquivalentPercent(exam.passingScaledScore);
  const base = { passPercent, answered, byDomain, method: readinessMethod(s) };
  const missing = missingData(answered, byDomain, exam, s);
  if (missing.length) return { status: 'not-enough-data', ...base, missing };
  const need = passCount(exam.questionCount, exam.passingScaledScore) - 0.5;
  const chance = (expected: number, variance: number) => normalCdf((expected - need) / Math.sqrt(Math.max(variance, 1e-9)));
  const spread = 1.645 * Math.sqrt(abilityVariance);
  return {
    status: 'ready',
    ...base,
    probability: round(chance(mean, drawVariance + abilityVariance), 3),
    low: round(chance(mean - spread, drawVariance), 3),
    high: round(chance(mean + spread, drawVariance), 3),
    expectedPercent: round((100 * mean) / exam.questionCount, 1),
    missing: [],
  };
}

function missingData(
  answered: number,
  byDomain: { domain: number; answered: number }[],
  exam: ReadinessExam,
  s: ReadinessSettings,
): string[] {
  const missing: string[] = [];
  if (answered < s.minAnswers)
    missing.push(
      `Answer ${s.minAnswers - answered} more questions (${answered} of the ${s.minAnswers} needed in the last ${s.windowDays} days).`,
    );
  for (const d of byDomain) {
    if (d.answered >= s.minPerDomain) continue;
    const title = exam.domains.find((x) => x.number === d.domain)?.title;
    missing.push(
      `Answer ${s.minPerDomain - d.answered} more in Domain ${d.domain}${title ? ` (${title})` : ''}: ${d.answered} of ${s.minPerDomain}.`,
    );
  }
  return missing;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
