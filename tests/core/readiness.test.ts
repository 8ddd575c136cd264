import { describe, expect, it } from 'vitest';
import { calibrate, simulateLearner } from '../../src/core/readiness/simulation.ts';
import { estimateReadiness, exactPassProbability, passCount, READINESS_SETTINGS, type ReadinessAnswer } from '../../src/core/index.ts';

const exam = {
  questionCount: 65,
  passingScaledScore: 720,
  domains: [
    { number: 1, weight: 32, title: 'Development' },
    { number: 2, weight: 26, title: 'Security' },
    { number: 3, weight: 24, title: 'Deployment' },
    { number: 4, weight: 18, title: 'Troubleshooting' },
  ],
};
const DAY = 24 * 3600_000;
const NOW = 1_800_000_000_000;

/** `perDomain[d]` fresh answers in domain d, a share `rate` of them right, `daysAgo` old. */
function answers(perDomain: number[], rate: number, daysAgo = 1, prior = 0): ReadinessAnswer[] {
  return perDomain.flatMap((n, d) =>
    Array.from({ length: n }, (_, i) => ({ domain: d + 1, correct: (i * 7919) % 100 < rate * 100, at: NOW - daysAgo * DAY, prior })),
  );
}

describe('the arithmetic of passing', () => {
  it('needs 45 of 65 right for 720, and sums binomials exactly', () => {
    expect(passCount(65, 720)).toBe(45);
    expect(exactPassProbability([2], [0.5], 1)).toBeCloseTo(0.75, 10);
    expect(exactPassProbability([1, 1], [0.5, 0.2], 2)).toBeCloseTo(0.1, 10);
  });
});

describe('readiness', () => {
  it('says what is missing until there are 100 answers and 15 in each domain', () => {
    const r = estimateReadiness(answers([40, 30, 20, 5], 0.8), exam, NOW);
    expect(r.status).toBe('not-enough-data');
    expect(r.probability).toBeUndefined();
    expect(r.missing).toEqual([
      'Answer 5 more questions (95 of the 100 needed in the last 120 days).',
      'Answer 10 more in Domain 4 (Troubleshooting): 5 of 15.',
    ]);
    expect(r.method).toMatch(/half as much after 14 days/);
    expect(estimateReadiness(answers([40, 30, 20, 15], 0.8, 200), exam, NOW).status).toBe('not-enough-data'); // too old
  });

  it('rises with the share right, with an interval around it, and weights domains like the exam', () => {
    const weak = estimateReadiness(answers([40, 30, 30, 30], 0.6), exam, NOW);
    const strong = estimateReadiness(answers([40, 30, 30, 30], 0.85), exam, NOW);
    expect(weak.status).toBe('ready');
    expect(weak.probability!).toBeLessThan(0.3);
    expect(strong.probability!).toBeGreaterThan(0.9);
    for (const r of [weak, strong]) expect(r.low! <= r.probability! && r.probability! <= r.high!).toBe(true);
    expect(strong.passPercent).toBe(68.9);
    // Weak in the heaviest domain hurts more than weak in the lightest.
    const mixed = (weakDomain: number) =>
      estimateReadiness(
        [1, 2, 3, 4].flatMap((d) =>
          answers(
            [0, 0, 0, 0].map((_, i) => (i === d - 1 ? 40 : 0)),
            d === weakDomain ? 0.4 : 0.8,
          ),
        ),
        exam,
        NOW,
      ).probability!;
    expect(mixed(1)).toBeLessThan(mixed(4));
  });

  it('discounts repeats and older answers', () => {
    const fresh = estimateReadiness([...answers([40, 30, 30, 30], 0.9, 1, 0), ...answers([40, 30, 30, 30], 0.5, 1, 0)], exam, NOW);
    const repeatsRight = estimateReadiness([...answers([40, 30, 30, 30], 0.9, 1, 3), ...answers([40, 30, 30, 30], 0.5, 1, 0)], exam, NOW);
    expect(repeatsRight.probability!).toBeLessThan(fresh.probability!);
    const oldRight = estimateReadiness([...answers([40, 30, 30, 30], 0.9, 60), ...answers([40, 30, 30, 30], 0.5, 1)], exam, NOW);
    expect(oldRight.probability!).toBeLessThan(fresh.probability!);
    expect(oldRight.byDomain[0]!.evidence).toBeLessThan(fresh.byDomain[0]!.evidence);
  });

  it('is calibrated on simulated learners: error at most 0.05, and about 70-80% of those given 70-80% pass', () => {
    const report = calibrate(exam, 1500, 3);
    expect(report.estimated).toBeGreaterThan(1400);
    expect(report.calibrationError).toBeLessThanOrEqual(0.05);
    expect(report.outcomeCalibrationError).toBeLessThanOrEqual(0.05);
    const band = report.bins[7]!;
    expect(band.learners).toBeGreaterThan(50);
    expect(band.meanTruePass).toBeGreaterThan(0.65);
    expect(band.meanTruePass).toBeLessThan(0.85);
    expect(report.brier).toBeLessThan(0.15);
  });

  it('fails that bar without the discount of repeats (so the check can fail)', () => {
    expect(calibrate(exam, 600, 3, { ...READINESS_SETTINGS, repeatFactor: 1 }).calibrationError).toBeGreaterThan(0.05);
  });

  it('simulates the same learner from the same seed', () => {
    expect(simulateLearner(11, exam)).toEqual(simulateLearner(11, exam));
  });
});
