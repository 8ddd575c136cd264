import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reduceAttempt, startAttempt } from '../../src/core/index.ts';
import { AttemptStore } from '../../src/node/storage/attempt-store.ts';
import { BackupManager, backupsToKeep } from '../../src/node/storage/backups.ts';
import { NoticeLog } from '../../src/node/storage/notices.ts';
import { makePack } from '../fixtures/packs.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();
const pack = makePack();
const HOUR = 3600_000;
const DAY = 24 * HOUR;

async function setup(dir: string, clock = { now: 1_800_000_000_000 }) {
  const notices = new NoticeLog();
  const backups = new BackupManager(dir, () => clock.now);
  const store = new AttemptStore(dir, notices, backups);
  await store.init();
  return { store, backups, notices, clock };
}

describe('backups', () => {
  it('keeps the content a file had at backup time, though the file is rewritten later', async () => {
    const dir = await tempDir();
    const { store, backups } = await setup(dir);
    let attempt = startAttempt(pack, { kind: 'full' }, { id: 'b1', seed: 1, now: 0 });
    await store.save(attempt);
    const taken = await backups.backup('test');
    expect(taken).toBeDefined();
    const before = await readFile(join(dir, 'attempts', 'b1.json'), 'utf8');
    const q = attempt.items[0]!;
    attempt = reduceAttempt(attempt, { type: 'answer', questionId: q.questionId, optionIds: [q.optionIds[0]!] }, 1);
    await store.save(attempt);
    expect(await readFile(join(taken!.path, 'attempts', 'b1.json'), 'utf8')).toBe(before);
    expect(await readFile(join(dir, 'attempts', 'b1.json'), 'utf8')).not.toBe(before);
  });

  it('skips a backup when nothing changed, unless forced', async () => {
    const dir = await tempDir();
    const { store, backups } = await setup(dir);
    await store.save(startAttempt(pack, { kind: 'full' }, { id: 'b2', seed: 1, now: 0 }));
    expect(await backups.backup('start')).toBeDefined();
    expect(await backups.backup('start')).toBeUndefined();
    expect(await backups.backup('before-restore', true)).toBeDefined();
  });

  it('thins to the newest 8, then one a day for a week, then one a week for 8 weeks', () => {
    const now = 100 * DAY;
    const backups = Array.from({ length: 24 * 70 }, (_, i) => ({ name: `b${i}`, createdAt: now - i * HOUR }));
    const keep = backupsToKeep(backups, now);
    for (let i = 0; i < 8; i++) expect(keep.has(`b${i}`)).toBe(true);
    const kept = backups.filter((b) => keep.has(b.name));
    const days = new Set(kept.filter((b) => now - b.createdAt < 7 * DAY).map((b) => Math.floor(b.createdAt / DAY)));
    expect(days.size).toBeGreaterThanOrEqual(7);
    expect(kept.filter((b) => now - b.createdAt >= 56 * DAY)).toEqual([]);
    expect(kept.length).toBeLessThan(8 + 8 + 10);
  });

  it('restores a corrupt attempt from the newest good backup and says so', async () => {
    const dir = await tempDir();
    const { store, backups } = await setup(dir);
    let attempt = startAttempt(pack, { kind: 'full' }, { id: 'b3', seed: 1, now: 0 });
    const q = attempt.items[0]!;
    attempt = reduceAttempt(attempt, { type: 'answer', questionId: q.questionId, optionIds: [q.optionIds[1]!] }, 1);
    await store.save(attempt);
    await backups.backup('test');
    await writeFile(join(dir, 'attempts', 'b3.json'), '{"schemaVersion":1,"attempt":{"id":"b3","pa');
    const { store: reopened, notices } = await setup(dir);
    const loaded = await reopened.load('b3');
    expect(loaded.answers[q.questionId]).toEqual([q.optionIds[1]]);
    expect(
      notices
        .list()
        .map((n) => n.message)
        .join('\n'),
    ).toMatch(/moved to .*corrupt-[\s\S]*restored from the backup/);
    expect((await readdir(join(dir, 'attempts'))).some((n) => n.startsWith('b3.json.corrupt-'))).toBe(true);
  });

  it('restores the whole folder from a backup after backing up the current state', async () => {
    const dir = await tempDir();
    const { store, backups } = await setup(dir);
    await store.save(startAttempt(pack, { kind: 'full' }, { id: 'old', seed: 1, now: 0 }));
    const first = (await backups.backup('test'))!;
    await store.save(startAttempt(pack, { kind: 'full' }, { id: 'new', seed: 2, now: 1 }));
    await backups.restore(first.name);
    await store.reload();
    expect(store.list().map((s) => s.id)).toEqual(['old']);
    const safety = (await backups.list()).find((b) => b.reason === 'before-restore')!;
    expect((await readdir(join(safety.path, 'attempts'))).sort()).toEqual(['new.json', 'old.json']);
  });

  it('restores every file of the data folder: a file the backup lacks does not survive the restore', async () => {
    const dir = await tempDir();
    const { store, backups } = await setup(dir);
    await store.save(startAttempt(pack, { kind: 'full' }, { id: 'old', seed: 1, now: 0 }));
    const early = (await backups.backup('test'))!;
    await writeFile(join(dir, 'reports.json'), JSON.stringify({ schemaVersion: 1, reports: [] }));
    await writeFile(join(dir, 'review.json'), JSON.stringify({ schemaVersion: 1, records: {} }));
    await backups.restore(early.name);
    const names = await readdir(dir);
    expect(names).not.toContain('reports.json');
    expect(names).not.toContain('review.json');
    expect(names).toContain('index.json');
    const safety = (await backups.list()).find((b) => b.reason === 'before-restore')!;
    expect((await readdir(safety.path)).sort()).toEqual(expect.arrayContaining(['reports.json', 'review.json']));
  });

  it('checks every file on request, setting aside and reporting damaged ones', async () => {
    const dir = await tempDir();
    const { store } = await setup(dir);
    await store.save(startAttempt(pack, { kind: 'full' }, { id: 'c1', seed: 1, now: 0 }));
    await store.save(startAttempt(pack, { kind: 'full' }, { id: 'c2', seed: 1, now: 0 }));
    await writeFile(join(dir, 'attempts', 'c2.json'), 'null');
    const result = await store.check();
    expect(result.checkedFiles).toBe(3);
    expect(result.problems.map((p) => p.message).join('\n')).toMatch(/c2\.json/);
    expect(store.list().map((s) => s.id)).toEqual(['c1']);
  });
});
