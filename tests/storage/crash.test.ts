/**
 * Crash safety: a child process saving answers is killed with SIGKILL at random moments, 200
 * times. After every kill each data file must parse and every answer the child reported as
 * saved must be there.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { AttemptStore } from '../../src/node/storage/attempt-store.ts';
import { NoticeLog } from '../../src/node/storage/notices.ts';
import { attemptFileSchema, indexFileSchema } from '../../src/node/storage/stored-schemas.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();
const KILLS = 200;
let childScript = '';

beforeAll(async () => {
  const out = join(await tempDir(), 'crash-child.mjs');
  await build({
    entryPoints: ['tests/storage/crash-child.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: out,
    logLevel: 'warning',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  childScript = out;
}, 60_000);

function runUntilKilled(dataDir: string, killAfterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (!timer && out.includes('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`child ended by itself: ${err}`));
      // A line cut off by the kill was not fully reported: only whole lines count.
      resolve(
        out
          .split('\n')
          .slice(0, -1)
          .filter((line) => line.startsWith('saved ')),
      );
    });
  });
}

describe('crash safety', () => {
  it(`loses no reported answer and leaves every file readable across ${KILLS} SIGKILLs`, async () => {
    const dataDir = await tempDir();
    const reported = new Map<string, Map<string, string>>();
    let totalSaved = 0;
    for (let run = 0; run < KILLS; run++) {
      const lines = await runUntilKilled(dataDir, Math.floor(Math.random() * 40));
      totalSaved += lines.length;
      for (const line of lines) {
        const [, attemptId, questionId, optionId] = line.split(' ');
        if (!reported.has(attemptId!)) reported.set(attemptId!, new Map());
        reported.get(attemptId!)!.set(questionId!, optionId!);
      }
      // Every file parses and has the right shape, straight after the kill.
      for (const name of await readdir(join(dataDir, 'attempts'))) {
        if (!name.endsWith('.json')) continue;
        const text = await readFile(join(dataDir, 'attempts', name), 'utf8');
        expect(attemptFileSchema.safeParse(JSON.parse(text)).success, `${name} after kill ${run}`).toBe(true);
      }
      const index = await readFile(join(dataDir, 'index.json'), 'utf8').catch(() => undefined);
      if (index !== undefined) expect(indexFileSchema.safeParse(JSON.parse(index)).success).toBe(true);
    }
    const notices = new NoticeLog();
    const store = new AttemptStore(dataDir, notices);
    await store.init();
    for (const [attemptId, answers] of reported) {
      const attempt = await store.load(attemptId);
      for (const [questionId, optionId] of answers) expect(attempt.answers[questionId], `${attemptId}/${questionId}`).toEqual([optionId]);
    }
    expect(notices.list()).toEqual([]);
    expect(totalSaved).toBeGreaterThan(KILLS);
  }, 300_000);
});
