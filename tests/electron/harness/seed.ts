/** Finished attempts written straight to a data folder, as a long history would leave them. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { reduceAttempt, startAttempt, summarizeAttempt, type Attempt, type Pack } from '../../../src/core/index.ts';
import { loadPackFolder } from '../../../src/node/packs/pack-files.ts';
import { CURRENT_SCHEMA_VERSION } from '../../../src/node/storage/stored-schemas.ts';
import { ROOT } from './load.ts';

let pack: Pack | undefined;

export async function seedAttempts(dataDir: string, count: number): Promise<void> {
  pack ??= (await loadPackFolder(join(ROOT, 'exams', 'dva-c02'))).pack!;
  await mkdir(join(dataDir, 'attempts'), { recursive: true });
  const summaries = [];
  const start = Date.now() - count * 86_400_000;
  for (let i = 0; i < count; i++) {
    const at = start + i * 86_400_000;
    let attempt: Attempt = startAttempt(pack, { kind: 'full' }, { id: `seed-${i}`, seed: i, now: at });
    for (const item of attempt.items.slice(0, 40)) {
      attempt = reduceAttempt(attempt, { type: 'answer', questionId: item.questionId, optionIds: item.correctOptionIds }, at + 1000);
    }
    attempt = reduceAttempt(attempt, { type: 'submit' }, at + 60_000);
    await writeFile(join(dataDir, 'attempts', `${attempt.id}.json`), JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, attempt }));
    summaries.push(summarizeAttempt(attempt));
  }
  await writeFile(join(dataDir, 'index.json'), JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, attempts: summaries }));
}
