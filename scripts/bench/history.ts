/** Data folders as a long history leaves them, and the storage figures measured on them. */
import { mkdir, open, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { reduceAttempt, startAttempt, summarizeAttempt, type Attempt, type Pack } from '../../src/core/index.ts';
import { defaultPacksDirs, ProctorService } from '../../src/node/service.ts';
import { AttemptStore } from '../../src/node/storage/attempt-store.ts';
import { NoticeLog } from '../../src/node/storage/notices.ts';
import { CURRENT_SCHEMA_VERSION } from '../../src/node/storage/stored-schemas.ts';

/** Writes `count` finished attempts straight to disk (the store's own path would take minutes). */
export async function seedHistory(pack: Pack, dataDir: string, count: number): Promise<void> {
  await mkdir(join(dataDir, 'attempts'), { recursive: true });
  const summaries = [];
  const day = 24 * 3600_000;
  const start = Date.now() - count * day;
  for (let i = 0; i < count; i++) {
    let attempt: Attempt = startAttempt(pack, { kind: 'full' }, { id: `seed-${i}`, seed: i, now: start + i * day });
    for (const item of attempt.items) {
      const right = (i * 7 + item.questionId.length) % 10 < 6 + (i % 4);
      const optionIds = right
        ? item.correctOptionIds
        : item.optionIds.filter((o) => !item.correctOptionIds.includes(o)).slice(0, item.choose);
      attempt = reduceAttempt(attempt, { type: 'answer', questionId: item.questionId, optionIds }, start + i * day + 1000);
    }
    attempt = reduceAttempt(attempt, { type: 'submit' }, start + i * day + 90 * 60_000);
    await writeFile(join(dataDir, 'attempts', `${attempt.id}.json`), JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, attempt }));
    summaries.push(summarizeAttempt(attempt));
  }
  await writeFile(join(dataDir, 'index.json'), JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, attempts: summaries }));
}

/**
 * A session of Proctor on the folder, run to its end: what a returning user's folder holds (the
 * review schedule, a backup, a sealed index). The start figures measure the start after it.
 */
export async function previousSession(dataDir: string): Promise<void> {
  const service = await ProctorService.open({ dataDir, packsDirs: defaultPacksDirs('.', dataDir), transport: 'http', version: 'bench' });
  await service.scheduleReady;
  await service.startup.done;
  await service.close();
}

export async function autosaveTimes(pack: Pack, dataDir: string, samples = 300): Promise<number[]> {
  const store = new AttemptStore(dataDir, new NoticeLog());
  await store.init();
  let attempt = startAttempt(pack, { kind: 'full' }, { id: `bench-${Date.now()}`, seed: 1, now: Date.now() });
  await store.save(attempt);
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const item = attempt.items[i % attempt.items.length]!;
    attempt = reduceAttempt(
      attempt,
      { type: 'answer', questionId: item.questionId, optionIds: [item.optionIds[i % item.choose]!] },
      Date.now(),
    );
    const t0 = performance.now();
    await store.save(attempt);
    times.push(performance.now() - t0);
  }
  return times;
}

/** The floor on this disk: 1 KB write + fsync + rename, without the folder fsync. */
export async function floorTimes(dir: string, samples = 300): Promise<number[]> {
  const data = 'x'.repeat(1024);
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    const handle = await open(join(dir, 'floor.tmp'), 'w');
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    await rename(join(dir, 'floor.tmp'), join(dir, 'floor.json'));
    times.push(performance.now() - t0);
  }
  return times;
}
