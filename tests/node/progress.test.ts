/** The progress channels through dispatch, on a real data folder. */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExamView, ProgressView } from '../../src/core/index.ts';
import type { ProctorService } from '../../src/node/service.ts';
import { dispatchValue, fixtureKeyOf, makeService } from '../fixtures/service.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();
const PACK = 'test-pack';

/** Starts an attempt, answers every question right when `right(id)` (else wrong), and submits it. */
async function take(service: ProctorService, clock: { now: number }, start: unknown, right: (id: string) => boolean): Promise<ExamView> {
  const view = await dispatchValue<ExamView>(service, 'startAttempt', { packId: PACK, start });
  for (const q of view.questions) {
    const key = fixtureKeyOf(q.questionId);
    const optionIds = right(q.questionId)
      ? key
      : q.options
          .map((o) => o.id)
          .filter((o) => !key.includes(o))
          .slice(0, key.length);
    await dispatchValue(service, 'act', { attemptId: view.summary.id, action: { type: 'answer', questionId: q.questionId, optionIds } });
  }
  clock.now += 5 * 60_000;
  return dispatchValue<ExamView>(service, 'act', { attemptId: view.summary.id, action: { type: 'submit' } });
}

describe('progress channels', () => {
  it('shows every task and "not enough data" before any attempt', async () => {
    const { service } = await makeService(await tempDir());
    const progress = await dispatchValue<ProgressView>(service, 'getProgress', { packId: PACK });
    expect(progress.tasks.map((t) => t.task)).toEqual(['1.1', '2.1', '3.1', '4.1']);
    expect(progress.readiness).toMatchObject({ status: 'not-enough-data', answered: 0 });
    expect(progress.readiness.missing[0]).toMatch(/Answer 100 more questions/);
    expect(progress.domainTrends).toMatchObject({ attempts: [], mockCount: 0, passEquivalentPercent: 68.9 });
    expect((await service.dispatch('getProgress', { packId: 'nope' })).ok).toBe(false);
  });

  it('counts mock exams apart, gives readiness once there is enough, histories and the export', async () => {
    const dir = await tempDir();
    const { service, clock } = await makeService(dir);
    const first = await take(service, clock, { kind: 'full' }, (id) => !id.startsWith('d3-'));
    const drill = await take(service, clock, { kind: 'drill', domains: [3], count: 10 }, () => false);
    const second = await take(service, clock, { kind: 'full' }, () => true);
    const progress = await dispatchValue<ProgressView>(service, 'getProgress', { packId: PACK });
    expect(progress.counts).toEqual({ attempts: 3, mockExams: 2, answers: 140 });
    expect(progress.domainTrends.attempts.map((a) => [a.attemptId, a.title])).toEqual([
      [first.summary.id, 'Full-length exam (random)'],
      [second.summary.id, 'Full-length exam (random)'],
    ]);
    expect(progress.domainTrends.attempts[0]!.byDomain.find((d) => d.domain === 3)!.percent).toBe(0);
    expect(progress.readiness.status).toBe('ready');
    expect(progress.readiness.probability).toBeGreaterThan(0);
    expect(progress.tasks.find((t) => t.task === '3.1')!.percent).toBeLessThan(50);

    const drilled = drill.questions.map((q) => q.questionId);
    const { histories } = await dispatchValue<{ histories: { questionId: string; seen: number; missed: number }[] }>(
      service,
      'getQuestionHistory',
      {
        packId: PACK,
        questionIds: drilled.slice(0, 2),
      },
    );
    for (const h of histories) expect(h.missed).toBeGreaterThanOrEqual(1);

    const csv = await dispatchValue<{ filename: string; content: string; answerCount: number }>(service, 'exportAnswers', {
      format: 'csv',
    });
    expect(csv.filename).toMatch(/^proctor-answers-\d{4}-\d\d-\d\d\.csv$/);
    expect(csv.answerCount).toBe(140);
    expect(csv.content.trim().split('\r\n')).toHaveLength(141);
    const missed = await dispatchValue<{ content: string; answerCount: number }>(service, 'exportAnswers', {
      format: 'json',
      packId: PACK,
      filter: 'missed',
    });
    const parsed = JSON.parse(missed.content) as { answers: { correct: boolean; kind: string }[] };
    expect(parsed.answers.length).toBe(missed.answerCount);
    expect(parsed.answers.every((a) => !a.correct)).toBe(true);
    expect(new Set(parsed.answers.map((a) => a.kind))).toEqual(new Set(['full', 'drill']));

    // Rebuilt from the attempts at the next start, to the same figures.
    await rm(join(dir, 'data', 'progress.json'));
    await rm(join(dir, 'data', 'answers.jsonl'));
    const { service: restarted } = await makeService(dir, clock);
    await restarted.ledgerReady;
    const rebuilt = await dispatchValue<ProgressView>(restarted, 'getProgress', { packId: PACK });
    expect({ ...rebuilt, generatedAt: 0 }).toEqual({ ...progress, generatedAt: 0 });
  });

  it('follows a restored backup: attempts it lacks leave the figures', async () => {
    const { service, clock } = await makeService(await tempDir());
    await take(service, clock, { kind: 'full' }, () => true);
    const backup = await service.backups.backup('test', true);
    await take(service, clock, { kind: 'full' }, () => false);
    expect((await dispatchValue<ProgressView>(service, 'getProgress', { packId: PACK })).counts.mockExams).toBe(2);
    await dispatchValue(service, 'restoreBackup', { name: backup!.name });
    await service.ledgerReady;
    const restored = await dispatchValue<ProgressView>(service, 'getProgress', { packId: PACK });
    expect(restored.counts).toMatchObject({ attempts: 1, mockExams: 1 });
    expect(restored.domainTrends.attempts[0]!.percent).toBe(100);
  });

  it('refuses malformed requests', async () => {
    const { service } = await makeService(await tempDir());
    expect(await service.dispatch('getQuestionHistory', { packId: PACK, questionIds: 'd1-q1' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await service.dispatch('exportAnswers', { format: 'xml' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
