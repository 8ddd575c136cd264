/**
 * A seeded simulator that checks the readiness estimate against learners whose true chance of
 * passing is known. Each learner has an ability per domain (on the logit scale) that improves
 * week by week and drifts at random; over 2-10 simulated weeks they sit mock exams, drill their
 * weakest domain, review questions they missed and practise, on a simulated bank whose questions
 * vary in difficulty. A question seen before is answered right more often, by memory of its key,
 * a memory that fades over days. At the end, the true chance of passing a fresh 65-question exam
 * follows from the abilities exactly; the estimate sees only the answers.
 */
import { seededRandom, type Random } from '../random.ts';
import { questionsPerDomain } from '../selection/selection.ts';
import { exactPassProbability, passCount } from './exam-math.ts';
import { estimateReadiness, READINESS_SETTINGS, type ReadinessAnswer, type ReadinessExam, type ReadinessSettings } from './model.ts';

const DAY = 24 * 3600_000;
const T0 = 1_800_000_000_000;
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Difficulty quantiles of the simulated bank (standard normal), to average a domain's chance over. */
const QUANTILES = Array.from({ length: 40 }, (_, i) => {
  const p = (i + 0.5) / 40;
  // Inverse normal by bisection on the CDF of a logistic approximation is enough here.
  let lo = -6;
  let hi = 6;
  for (let k = 0; k < 50; k++) {
    const mid = (lo + hi) / 2;
    if (sigmoid(1.702 * mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
});

interface SimQuestion {
  domain: number;
  difficulty: number;
  seen: number;
  lastSeen: number;
}

export interface SimulatedLearner {
  answers: ReadinessAnswer[];
  now: number;
  truePass: number;
  passed: boolean;
}

export function simulateLearner(seed: number, exam: ReadinessExam, bankSize = 400): SimulatedLearner {
  const random = seededRandom(seed);
  const domains = exam.domains.map((d) => d.number);
  const perDomain = questionsPerDomain([...exam.domains], bankSize);
  const bank: SimQuestion[] = domains.flatMap((d) =>
    Array.from({ length: perDomain.get(d)! }, () => ({ domain: d, difficulty: normal(random), seen: 0, lastSeen: 0 })),
  );
  const level = -0.5 + 2 * random();
  const ability = new Map(domains.map((d) => [d, level + 0.5 * normal(random)]));
  const gain = new Map(domains.map((d) => [d, 0.15 * random() * (0.5 + random())]));
  const weeks = 2 + Math.floor(random() * 9);
  const answers: ReadinessAnswer[] = [];
  const missed: SimQuestion[] = [];
  const seenRate = new Map(domains.map((d) => [d, { right: 0, total: 0 }]));
  const answer = (q: SimQuestion, at: number) => {
    const fresh = sigmoid(ability.get(q.domain)! - q.difficulty);
    const memory = q.seen ? 0.7 * Math.exp(-(at - q.lastSeen) / (10 * DAY)) : 0;
    const correct = random() < fresh + (1 - fresh) * memory;
    answers.push({ domain: q.domain, correct, at, prior: q.seen });
    q.seen++;
    q.lastSeen = at;
    const rate = seenRate.get(q.domain)!;
    rate.total++;
    if (correct) rate.right++;
    else missed.push(q);
  };
  const pick = (pool: SimQuestion[], count: number) => {
    const chosen = new Set<SimQuestion>();
    while (chosen.size < Math.min(count, pool.length)) chosen.add(pool[Math.floor(random() * pool.length)]!);
    return [...chosen];
  };
  let at = T0;
  for (let week = 0; week < weeks; week++) {
    for (const d of domains) ability.set(d, ability.get(d)! + gain.get(d)! + 0.1 * normal(random));
    const sessions = 2 + Math.floor(random() * 5);
    for (let s = 0; s < sessions; s++) {
      at += (7 / sessions) * DAY * (0.5 + random());
      const kind = random();
      let questions: SimQuestion[];
      if (kind < 0.3)
        questions = domains.flatMap((d) =>
          pick(
            bank.filter((q) => q.domain === d),
            questionsPerDomain([...exam.domains], exam.questionCount).get(d)!,
          ),
        );
      else if (kind < 0.65) {
        const weakest = domains.slice().sort((a, b) => rateOf(seenRate.get(a)!) - rateOf(seenRate.get(b)!))[
          random() < 0.7 ? 0 : Math.floor(random() * domains.length)
        ]!;
        questions = pick(
          bank.filter((q) => q.domain === weakest),
          20,
        );
      } else if (kind < 0.85 && missed.length) questions = [...new Set(missed.splice(-20))];
      else {
        const unseen = bank.filter((q) => q.seen === 0);
        questions = pick(random() < 0.5 && unseen.length > 30 ? unseen : bank, 10 + Math.floor(random() * 21));
      }
      for (const q of questions) answer(q, at);
    }
  }
  const now = at + random() * 3 * DAY;
  const counts = domains.map((d) => questionsPerDomain([...exam.domains], exam.questionCount).get(d)!);
  const chance = domains.map((d) => QUANTILES.reduce((sum, z) => sum + sigmoid(ability.get(d)! - z), 0) / QUANTILES.length);
  const need = passCount(exam.questionCount, exam.passingScaledScore);
  const truePass = exactPassProbability(counts, chance, need);
  let right = 0;
  counts.forEach((n, i) => {
    for (let k = 0; k < n; k++) if (random() < chance[i]!) right++;
  });
  return { answers, now, truePass, passed: right >= need };
}

const rateOf = (r: { right: number; total: number }) => (r.total ? r.right / r.total : 0.5);

export interface CalibrationBin {
  from: number;
  to: number;
  learners: number;
  meanEstimate: number;
  meanTruePass: number;
  passRate: number;
}

export interface CalibrationReport {
  learners: number;
  estimated: number;
  /** Mean absolute gap between estimate and true chance per bin, weighted by the bin's learners. */
  calibrationError: number;
  /** The same against whether each learner passed one simulated exam. */
  outcomeCalibrationError: number;
  /** Mean squared error of the estimate against passing that exam (lower is better). */
  brier: number;
  bins: CalibrationBin[];
}

export function calibrate(
  exam: ReadinessExam,
  learners: number,
  seed = 1,
  settings: ReadinessSettings = READINESS_SETTINGS,
): CalibrationReport {
  const rows: { estimate: number; truth: number; passed: boolean }[] = [];
  for (let i = 0; i < learners; i++) {
    const learner = simulateLearner(seed * 1_000_003 + i, exam);
    const readiness = estimateReadiness(learner.answers, exam, learner.now, settings);
    if (readiness.probability !== undefined)
      rows.push({ estimate: readiness.probability, truth: learner.truePass, passed: learner.passed });
  }
  const bins: CalibrationBin[] = Array.from({ length: 10 }, (_, b) => {
    const inBin = rows.filter((r) => Math.min(9, Math.floor(r.estimate * 10)) === b);
    const mean = (f: (r: (typeof rows)[number]) => number) => (inBin.length ? inBin.reduce((sum, r) => sum + f(r), 0) / inBin.length : 0);
    return {
      from: b / 10,
      to: (b + 1) / 10,
      learners: inBin.length,
      meanEstimate: mean((r) => r.estimate),
      meanTruePass: mean((r) => r.truth),
      passRate: mean((r) => Number(r.passed)),
    };
  });
  const weighted = (gap: (b: CalibrationBin) => number) =>
    bins.reduce((sum, b) => sum + (b.learners / Math.max(1, rows.length)) * gap(b), 0);
  return {
    learners,
    estimated: rows.length,
    calibrationError: weighted((b) => Math.abs(b.meanEstimate - b.meanTruePass)),
    outcomeCalibrationError: weighted((b) => Math.abs(b.meanEstimate - b.passRate)),
    brier: rows.reduce((sum, r) => sum + (r.estimate - Number(r.passed)) ** 2, 0) / Math.max(1, rows.length),
    bins,
  };
}
