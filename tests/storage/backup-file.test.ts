/** The one-file backup and its restore, on real folders: checked before anything is touched, current data backed up first. */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackupManager } from '../../src/node/storage/backups.ts';
import { createBackupFile, inspectBackupFile, restoreBackupFile } from '../../src/node/storage/backup-file.ts';
import { makeService } from '../fixtures/service.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

async function dataWithEverything(dir: string) {
  const { service } = await makeService(dir);
  const started = await service.dispatch('startAttempt', { packId: 'test-pack', start: { kind: 'full' } });
  const attemptId = (started as { value: { summary: { id: string } } }).value.summary.id;
  await service.dispatch('act', { attemptId, action: { type: 'submit' } });
  await service.dispatch('reportQuestion', { packId: 'test-pack', questionId: 'd1-q0', kind: 'wrong-key', note: 'B looks right' });
  const gift = (await readFile('tests/fixtures/import/moodle-quiz.gift')).toString('base64');
  await service.dispatch('importBank', { fileName: 'quiz.gift', data: gift, title: 'Quiz', mapping: {} });
  await service.close();
  return { service, attemptId, dataDir: join(dir, 'data') };
}

describe('the one-file backup', () => {
  it('holds attempts, index, reports, schedule and imported packs, and restores them exactly', async () => {
    const { dataDir, attemptId } = await dataWithEverything(await tempDir());
    const text = await createBackupFile(dataDir, 'test', Date.UTC(2026, 11, 1));
    const paths = (JSON.parse(text) as { files: { path: string }[] }).files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(['index.json', 'reports.json', 'review.json', `attempts/${attemptId}.json`, 'packs/quiz/pack.yaml']),
    );
    const attemptBefore = await readFile(join(dataDir, 'attempts', `${attemptId}.json`), 'utf8');

    // Things change after the backup: the attempt is lost and the pack deleted.
    await rm(join(dataDir, 'attempts', `${attemptId}.json`));
    await rm(join(dataDir, 'packs', 'quiz'), { recursive: true });
    const summary = await inspectBackupFile(text, dataDir);
    expect(summary.contents).toEqual({
      attempts: 1,
      reports: 1,
      schedule: true,
      settings: false,
      packs: [{ id: 'quiz', title: 'Quiz', questionCount: 4 }],
    });
    expect(summary.current).toMatchObject({ attempts: 0, reports: 1, packs: [] });

    const backups = new BackupManager(dataDir);
    await restoreBackupFile(text, dataDir, backups);
    expect(await readFile(join(dataDir, 'attempts', `${attemptId}.json`), 'utf8')).toBe(attemptBefore);
    expect(await readdir(join(dataDir, 'packs', 'quiz', 'questions'))).toEqual(['imported-001.yaml']);
    expect((await backups.list()).some((b) => b.reason === 'before-restore')).toBe(true);

    const { service } = await makeService(join(dataDir, '..'));
    const packs = (await service.dispatch('listPacks', {})) as { value: { packs: { id: string }[] } };
    expect(packs.value.packs.map((p) => p.id)).toContain('quiz');
  });

  it('refuses a damaged or foreign file before touching anything', async () => {
    const { dataDir, attemptId } = await dataWithEverything(await tempDir());
    const text = await createBackupFile(dataDir, 'test', 0);
    const file = JSON.parse(text) as { files: { path: string; data: string }[] };
    file.files.find((f) => f.path.startsWith('attempts/'))!.data = '{"schemaVersion":1,"attempt":{"id":"x"}}';
    const before = await readdir(join(dataDir, 'attempts'));
    await expect(restoreBackupFile(JSON.stringify(file), dataDir, new BackupManager(dataDir))).rejects.toThrow(
      new RegExp(`cannot be restored; nothing was changed\\. attempts/${attemptId}\\.json: attempt`),
    );
    expect(await readdir(join(dataDir, 'attempts'))).toEqual(before);
    await expect(inspectBackupFile('not json', dataDir)).rejects.toThrow(/not a Proctor backup file/);
    const escape = { ...file, files: [{ path: '../outside.json', encoding: 'utf8', data: '{}' }] };
    await expect(inspectBackupFile(JSON.stringify(escape), dataDir)).rejects.toThrow(/is not a Proctor data file/);
  });
});
