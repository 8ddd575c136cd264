/** The backup taken at start waits for the first screen, and quitting sooner takes it at once. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProctorService } from '../../src/node/service.ts';
import { seedAttempts } from '../electron/harness/seed.ts';
import { writePackFolder } from '../fixtures/service.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();
const backupsIn = async (dataDir: string) =>
  (await readdir(join(dataDir, 'backups')).catch(() => [] as string[])).filter((n) => !n.startsWith('.'));

async function open(dir: string, startupBackupDelayMs: number) {
  const packs = join(dir, 'exams');
  await writePackFolder(packs);
  const dataDir = join(dir, 'data');
  await seedAttempts(dataDir, 3);
  const service = await ProctorService.open({ dataDir, packsDirs: [packs], transport: 'http', version: 'test', startupBackupDelayMs });
  return { service, dataDir };
}

describe('the backup at start', () => {
  it('is taken once the delay has passed, not before', async () => {
    const { service, dataDir } = await open(await tempDir(), 300);
    expect(await backupsIn(dataDir)).toEqual([]);
    await service.startup.done;
    expect(await backupsIn(dataDir)).toHaveLength(1);
    await service.close();
  });

  it('is taken at once when the app quits before the delay', async () => {
    const { service, dataDir } = await open(await tempDir(), 60_000);
    const started = Date.now();
    await service.close();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await backupsIn(dataDir)).toHaveLength(1);
  });
});
