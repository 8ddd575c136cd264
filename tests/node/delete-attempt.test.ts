/** Deleting an attempt: a backup holds it first, and what is derived from the attempts follows. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExamView } from '../../src/core/index.ts';
import { makeService } from '../fixtures/service.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

describe('deleting an attempt', () => {
  it('backs it up, removes it from history, and learns the schedule again without it', async () => {
    const dir = await tempDir();
    const { service } = await makeService(dir);
    const started = (await service.dispatch('startAttempt', { packId: 'test-pack', start: { kind: 'full' } })) as { value: ExamView };
    const attemptId = started.value.summary.id;
    await service.dispatch('act', { attemptId, action: { type: 'submit' } });
    expect((await service.dispatch('getDueQuestions', { packId: 'test-pack' })) as object).toMatchObject({ ok: true });

    const deleted = (await service.dispatch('deleteAttempt', { attemptId })) as { ok: boolean; value: { backup: string } };
    expect(deleted.ok).toBe(true);
    expect(await readdir(join(dir, 'data', 'backups', deleted.value.backup, 'attempts'))).toContain(`${attemptId}.json`);
    expect(await readdir(join(dir, 'data', 'attempts'))).not.toContain(`${attemptId}.json`);
    expect(await service.dispatch('getHistory', {})).toMatchObject({ ok: true, value: { total: 0 } });
    expect(await service.dispatch('getDueQuestions', { packId: 'test-pack' })).toMatchObject({ ok: true, value: { dueQuestionIds: [] } });
    expect(await service.dispatch('deleteAttempt', { attemptId })).toMatchObject({ ok: false, error: { code: 'not-found' } });

    const { service: restarted } = await makeService(dir);
    expect(await restarted.dispatch('getDueQuestions', { packId: 'test-pack' })).toMatchObject({ ok: true, value: { dueQuestionIds: [] } });
  });
});
