import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExamView } from '../../src/core/index.ts';
import { makeService } from '../fixtures/service.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();
const MINUTE = 60_000;

describe('the handler table', () => {
  it('runs a whole attempt through dispatch: start, answer, flag, submit, review, history', async () => {
    const { service, clock } = await makeService(await tempDir());
    const started = await service.dispatch('startAttempt', { packId: 'test-pack', start: { kind: 'full' } });
    expect(started.ok).toBe(true);
    const view = (started as { value: ExamView }).value;
    expect(view.questions).toHaveLength(65);
    const attemptId = view.summary.id;
    const first = view.questions[0]!;
    clock.now += MINUTE;
    const answered = await service.dispatch('act', {
      attemptId,
      action: { type: 'answer', questionId: first.questionId, optionIds: [first.options[0]!.id] },
    });
    expect(answered.ok).toBe(true);
    await service.dispatch('act', { attemptId, action: { type: 'flag', questionId: first.questionId, flagged: true } });
    clock.now += MINUTE;
    const submitted = await service.dispatch('act', { attemptId, action: { type: 'submit' } });
    expect((submitted as { value: ExamView }).value.summary.status).toBe('submitted');
    const review = await service.dispatch('getAttemptReview', { attemptId });
    expect(review.ok && (review.value as { items: unknown[] }).items).toHaveLength(65);
    const history = await service.dispatch('getHistory', {});
    expect(history.ok && (history.value as { series: unknown[] }).series).toHaveLength(1);
  });

  it('schedules missed questions for spaced review, and rebuilds the schedule from the attempts', async () => {
    const dir = await tempDir();
    const { service, clock } = await makeService(dir);
    const started = (await service.dispatch('startAttempt', { packId: 'test-pack', start: { kind: 'full' } })) as { value: ExamView };
    const [first, second] = started.value.questions;
    const attemptId = started.value.summary.id;
    await service.dispatch('act', {
      attemptId,
      action: { type: 'answer', questionId: first!.questionId, optionIds: [first!.options[0]!.id] },
    });
    await service.dispatch('act', { attemptId, action: { type: 'submit' } });
    const review = (await service.dispatch('getAttemptReview', { attemptId })) as {
      value: { items: { questionId: string; correct: boolean }[] };
    };
    const missed = review.value.items
      .filter((i) => !i.correct)
      .map((i) => i.questionId)
      .sort();
    const due = (await service.dispatch('getDueQuestions', { packId: 'test-pack' })) as { value: { dueQuestionIds: string[] } };
    expect(due.value.dueQuestionIds.slice().sort()).toEqual(missed);
    expect(due.value.dueQuestionIds).toContain(second!.questionId);
    await rm(join(dir, 'data', 'review.json'));
    const { service: restarted } = await makeService(dir, clock);
    const rebuilt = (await restarted.dispatch('getDueQuestions', { packId: 'test-pack' })) as { value: { dueQuestionIds: string[] } };
    expect(rebuilt.value.dueQuestionIds.slice().sort()).toEqual(missed);
  });

  it('refuses the review of an attempt still in progress (no feedback during the exam)', async () => {
    const { service } = await makeService(await tempDir());
    const started = (await service.dispatch('startAttempt', { packId: 'test-pack', start: { kind: 'full' } })) as { value: ExamView };
    const review = await service.dispatch('getAttemptReview', { attemptId: started.value.summary.id });
    expect(review).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('submits an attempt whose deadline passed while the app was closed', async () => {
    const dir = await tempDir();
    const { service, clock } = await makeService(dir);
    const started = (await service.dispatch('startAttempt', { packId: 'test-pack', start: { kind: 'full' } })) as { value: ExamView };
    clock.now += 131 * MINUTE;
    const { service: restarted } = await makeService(dir, clock);
    const list = (await restarted.dispatch('listAttempts', {})) as {
      value: { attempts: { id: string; status: string; endReason?: string }[]; unfinished: unknown[] };
    };
    expect(list.value.unfinished).toEqual([]);
    expect(list.value.attempts[0]).toMatchObject({ id: started.value.summary.id, status: 'submitted', endReason: 'time-expired' });
  });

  it.each([
    ['unknown channel', 'dropTables', {}],
    ['missing field', 'getAttempt', {}],
    ['extra field', 'listPacks', { evil: true }],
    ['wrong type', 'act', { attemptId: 'x', action: { type: 'answer', questionId: 'q', optionIds: 'a' } }],
    ['path in id', 'getAttempt', { attemptId: '../../etc/passwd' }],
    ['null payload', 'startAttempt', null],
    ['array payload', 'getHistory', []],
  ])('rejects a malformed request (%s) with a typed error', async (_label, channel, payload) => {
    const { service } = await makeService(await tempDir());
    const before = service.store.list().length;
    const result = await service.dispatch(channel, payload);
    expect(result.ok).toBe(false);
    expect(['invalid-request', 'unknown-channel']).toContain((result as { error: { code: string } }).error.code);
    expect(service.store.list().length).toBe(before);
  });

  it('keeps question reports with the question id, across restarts', async () => {
    const dir = await tempDir();
    const { service } = await makeService(dir);
    const saved = await service.dispatch('reportQuestion', {
      packId: 'test-pack',
      questionId: 'd1-q3',
      kind: 'wrong-key',
      note: 'Option B is also right because…',
    });
    expect(saved.ok).toBe(true);
    expect(await service.dispatch('reportQuestion', { packId: 'test-pack', questionId: 'nope', kind: 'other', note: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(
      await service.dispatch('reportQuestion', { packId: 'test-pack', questionId: 'd1-q3', kind: 'other', note: '   ' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const { service: restarted } = await makeService(dir);
    const list = (await restarted.dispatch('listReports', { packId: 'test-pack' })) as {
      value: { reports: { questionId: string; note: string }[] };
    };
    expect(list.value.reports).toMatchObject([{ questionId: 'd1-q3', note: 'Option B is also right because…' }]);
  });

  it('answers not-found for an unknown attempt and an unknown pack', async () => {
    const { service } = await makeService(await tempDir());
    expect(await service.dispatch('getAttempt', { attemptId: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await service.dispatch('startAttempt', { packId: 'nope', start: { kind: 'full' } })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
