/** Migration 2 on a real data folder: the Leitner review schedule becomes FSRS cards, after a backup. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dueQuestionIds, reduceAttempt, startAttempt, summarizeAttempt } from '../../src/core/index.ts';
import { AttemptStore } from '../../src/node/storage/attempt-store.ts';
import { BackupManager } from '../../src/node/storage/backups.ts';
import { MIGRATIONS } from '../../src/node/storage/migrations.ts';
import { NoticeLog } from '../../src/node/storage/notices.ts';
import { ScheduleStore } from '../../src/node/storage/schedule-store.ts';
import { makePack } from '../fixtures/packs.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();
const DAY = 24 * 3600_000;
const T0 = 1_800_000_000_000;

/** A version-1 data folder: one submitted attempt, and the Leitner schedule it left. */
async function versionOneFolder(dir: string) {
  const pack = makePack();
  let attempt = startAttempt(pack, { kind: 'full' }, { id: 'v1', seed: 5, now: T0 });
  attempt = reduceAttempt(attempt, { type: 'submit' }, T0 + 1000);
  await mkdir(join(dir, 'attempts'), { recursive: true });
  await writeFile(join(dir, 'attempts', 'v1.json'), JSON.stringify({ schemaVersion: 1, attempt }));
  await writeFile(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 1, attempts: [summarizeAttempt(attempt)] }));
  const records = {
    [pack.id]: {
      'd1-q1': { seen: 1, misses: 1, box: 0, lastSeen: T0, due: T0 },
      'd1-q2': { seen: 4, misses: 1, box: 3, lastSeen: T0 - DAY, due: T0 + 6 * DAY },
      'd2-q1': { seen: 3, misses: 2, box: 1, lastSeen: T0 - 2 * DAY, due: T0 - DAY },
    },
  };
  const leitner = JSON.stringify({ schemaVersion: 1, records });
  await writeFile(join(dir, 'review.json'), leitner);
  return { pack, leitner };
}

describe('migration 2: Leitner boxes become FSRS cards', () => {
  it('is numbered and described', () => {
    expect(MIGRATIONS.find((m) => m.to === 2)?.describe).toMatch(/FSRS/);
  });

  it('converts review.json after a backup, keeps every due date, and the same questions are due', async () => {
    const dir = await tempDir();
    const { pack, leitner } = await versionOneFolder(dir);
    const backups = new BackupManager(dir);
    const notices = new NoticeLog();
    await new AttemptStore(dir, notices, backups).init();

    const [backup] = await backups.list();
    expect(backup!.reason).toBe('before-migration');
    expect(await readFile(join(backup!.path, 'review.json'), 'utf8')).toBe(leitner);

    const onDisk = JSON.parse(await readFile(join(dir, 'review.json'), 'utf8'));
    expect(onDisk.schemaVersion).toBe(2);
    expect(onDisk.records).toBeUndefined();
    expect(onDisk.cards[pack.id]['d1-q2']).toMatchObject({ due: T0 + 6 * DAY, stability: 7, state: 'review' });

    const schedule = new ScheduleStore(dir, notices);
    await schedule.open();
    expect(notices.list().filter((n) => n.level === 'error')).toEqual([]);
    expect(dueQuestionIds(schedule.schedule(), pack.id, T0).sort()).toEqual(['d1-q1', 'd2-q1']);
    expect(dueQuestionIds(schedule.schedule(), pack.id, T0 + 6 * DAY)).toContain('d1-q2');
  });

  it('sets aside a schedule that does not convert and rebuilds it from the attempts', async () => {
    const dir = await tempDir();
    const { pack } = await versionOneFolder(dir);
    await writeFile(join(dir, 'review.json'), JSON.stringify({ schemaVersion: 1, records: { [pack.id]: { q: { box: 'three' } } } }));
    const notices = new NoticeLog();
    const store = new AttemptStore(dir, notices, new BackupManager(dir));
    await store.init();
    const schedule = new ScheduleStore(dir, notices);
    await schedule.open();
    await schedule.rebuildIfMissing(store);
    expect(notices.list().some((n) => /review schedule is rebuilt/.test(n.message))).toBe(true);
    // The attempt left everything unanswered: every question of it is now tracked and due.
    expect(dueQuestionIds(schedule.schedule(), pack.id, T0 + 2000)).toHaveLength(65);
  });
});
