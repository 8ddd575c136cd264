/** Results through dispatch: the change against the previous attempt of the same kind, and history counting mock exams only. */
import { describe, expect, it } from 'vitest';
import type { AttemptReviewView, ExamView, HistoryStats } from '../../src/core/index.ts';
import type { ProctorService } from '../../src/node/service.ts';
import { dispatchValue, fixtureKeyOf, makeService } from '../fixtures/service.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

async function take(service: ProctorService, clock: { now: number }, start: unknown, right: boolean): Promise<string> {
  const view = await dispatchValue<ExamView>(service, 'startAttempt', { packId: 'test-pack', start });
  for (const q of view.questions) {
    const key = fixtureKeyOf(q.questionId);
    const wrong = q.options.map((o) => o.id).filter((o) => !key.includes(o));
    const optionIds = right ? key : wrong.slice(0, key.length);
    clock.now += 20_000;
    await dispatchValue(service, 'act', { attemptId: view.summary.id, action: { type: 'answer', questionId: q.questionId, optionIds } });
  }
  clock.now += 60_000;
  await dispatchValue(service, 'act', { attemptId: view.summary.id, action: { type: 'submit' } });
  return view.summary.id;
}

describe('results and history', () => {
  it('compares an attempt with the previous of its kind and keeps drills out of the scores', async () => {
    const { service, clock } = await makeService(await tempDir());
    const first = await take(service, clock, { kind: 'full' }, false);
    const drill = await take(service, clock, { kind: 'drill', domains: [2], count: 10 }, true);
    const second = await take(service, clock, { kind: 'full' }, true);

    const review = await dispatchValue<AttemptReviewView>(service, 'getAttemptReview', { attemptId: second });
    expect(review.breakdown.change).toMatchObject({ attemptId: first, percent: 0, percentChange: 100, scaledScoreChange: 900 });
    expect(review.breakdown.byTask.map((t) => t.task)).toEqual(['1.1', '2.1', '3.1', '4.1']);
    expect(review.breakdown.timing.timed).toBeGreaterThan(0);
    const drillReview = await dispatchValue<AttemptReviewView>(service, 'getAttemptReview', { attemptId: drill });
    expect(drillReview.breakdown.change).toBeUndefined();

    const history = await dispatchValue<HistoryStats>(service, 'getHistory', {});
    expect(history).toMatchObject({ attemptCount: 3, mockCount: 2, otherCount: 1, passCount: 1, bestScore: 1000 });
    expect(history.series.map((p) => p.attemptId)).toEqual([first, second]);
  });
});
