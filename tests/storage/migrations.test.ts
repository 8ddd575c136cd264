import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startAttempt } from '../../src/core/index.ts';
import { AttemptStore } from '../../src/node/storage/attempt-store.ts';
import { BackupManager } from '../../src/node/storage/backups.ts';
import { MIGRATIONS, migrate, NewerDataError } from '../../src/node/storage/migrations.ts';
import { NoticeLog } from '../../src/node/storage/notices.ts';
import { CURRENT_SCHEMA_VERSION } from '../../src/node/storage/stored-schemas.ts';
import { makePack } from '../fixtures/packs.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

describe('numbered migrations', () => {
  it('are numbered 1..current without gaps', () => {
    expect(MIGRATIONS.map((m) => m.to)).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1));
  });

  it('migration 1 labels unversioned (version 0) data with schemaVersion 1', () => {
    expect(MIGRATIONS[0]!.up({ attempts: [] })).toEqual({ attempts: [], schemaVersion: 1 });
    expect(migrate({ attempts: [] }, 'index.json')).toEqual({ attempts: [], schemaVersion: CURRENT_SCHEMA_VERSION });
    expect(() => migrate({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 }, 'index.json')).toThrow(NewerDataError);
    expect(migrate('not an object', 'x')).toBe('not an object');
  });

  it('upgrades a version-0 data folder on start, after a backup, and loses nothing', async () => {
    const dir = await tempDir();
    const attempt = startAttempt(makePack(), { kind: 'full' }, { id: 'v0', seed: 3, now: 0 });
    await mkdir(join(dir, 'attempts'), { recursive: true });
    await writeFile(join(dir, 'attempts', 'v0.json'), JSON.stringify({ attempt }));
    await writeFile(join(dir, 'index.json'), JSON.stringify({ attempts: [] }));
    const backups = new BackupManager(dir);
    const notices = new NoticeLog();
    const store = new AttemptStore(dir, notices, backups);
    await store.init();
    expect(JSON.parse(await readFile(join(dir, 'attempts', 'v0.json'), 'utf8')).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(await store.load('v0')).toEqual(attempt);
    const [backup] = await backups.list();
    expect(backup!.reason).toBe('before-migration');
    expect(JSON.parse(await readFile(join(backup!.path, 'attempts', 'v0.json'), 'utf8')).schemaVersion).toBeUndefined();
    expect(notices.list()[0]!.message).toMatch(new RegExp(`upgraded from version 0 to ${CURRENT_SCHEMA_VERSION}`));
  });
});
