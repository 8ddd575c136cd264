/** A restore replaces every data file; whatever fails while it reopens them, later work goes on. */
import { describe, expect, it, vi } from 'vitest';
import type { ExamView } from '../../src/core/index.ts';
import { makeService } from '../fixtures/service.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

describe('restoring a backup', () => {
  it('keeps submissions working when the rebuild of the review schedule fails', async () => {
    const { service } = await makeService(await tempDir());
    const backup = await service.backups.backup('test', true);
    // The restored folder has no schedule of its own, so the service rebuilds it, and that fails.
    vi.spyOn(service.schedule, 'rebuildIfMissing').mockRejectedValueOnce(new Error('disk full'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await service.dispatch('restoreBackup', { name: backup!.name })).toMatchObject({ ok: true });

    const started = (await service.dispatch('startAttempt', { packId: 'test-pack', start: { kind: 'full' } })) as { value: ExamView };
    const submitted = await service.dispatch('act', { attemptId: started.value.summary.id, action: { type: 'submit' } });
    expect(submitted).toMatchObject({ ok: true, value: { summary: { status: 'submitted' } } });
    expect(await service.dispatch('getDueQuestions', { packId: 'test-pack' })).toMatchObject({ ok: true });
  });

  it('brings back the schedule and the reports of that moment, not only the attempts', async () => {
    const { service } = await makeService(await tempDir());
    const early = await service.backups.backup('test', true);
    const started = (await service.dispatch('startAttempt', { packId: 'test-pack', start: { kind: 'full' } })) as { value: ExamView };
    await service.dispatch('act', { attemptId: started.value.summary.id, action: { type: 'submit' } });
    await service.dispatch('reportQuestion', { packId: 'test-pack', questionId: 'd1-q3', kind: 'unclear', note: 'Which region?' });
    const due = (await service.dispatch('getDueQuestions', { packId: 'test-pack' })) as { value: { dueQuestionIds: string[] } };
    expect(due.value.dueQuestionIds.length).toBeGreaterThan(0);

    expect(await service.dispatch('restoreBackup', { name: early!.name })).toMatchObject({ ok: true });
    expect(await service.dispatch('getDueQuestions', { packId: 'test-pack' })).toMatchObject({ ok: true, value: { dueQuestionIds: [] } });
    expect(await service.dispatch('listReports', {})).toMatchObject({ ok: true, value: { reports: [] } });
    expect(await service.dispatch('getHistory', {})).toMatchObject({ ok: true, value: { attempts: [], total: 0 } });
    await service.close();
  });
});
