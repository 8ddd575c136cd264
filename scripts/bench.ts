// `npm run bench`: speed and size figures, each measured in this run beside its baseline, printed
// as one JSON object. Not part of `npm test`: timings on shared machines are too noisy to assert.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { reduceAttempt, startAttempt, summarizeAttempt, type Attempt } from '../src/core/index.ts';
import { loadPackFolder } from '../src/node/packs/pack-files.ts';
import { AttemptStore } from '../src/node/storage/attempt-store.ts';
import { NoticeLog } from '../src/node/storage/notices.ts';
import { CURRENT_SCHEMA_VERSION } from '../src/node/storage/stored-schemas.ts';

const PACK_DIR = 'exams/dva-c02';
const CHROMIUM = process.env.PROCTOR_CHROMIUM ?? '/usr/bin/chromium';
const round = (n: number) => Math.round(n * 100) / 100;
const percentile = (values: number[], p: number) => {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

const { pack } = await loadPackFolder(PACK_DIR);
if (!pack) throw new Error(`${PACK_DIR} does not load; run npx proctor validate ${PACK_DIR}`);

/** Writes `count` finished attempts straight to disk (the store's own path would take minutes). */
async function seedHistory(dataDir: string, count: number): Promise<void> {
  await mkdir(join(dataDir, 'attempts'), { recursive: true });
  const summaries = [];
  const day = 24 * 3600_000;
  const start = Date.now() - count * day;
  for (let i = 0; i < count; i++) {
    let attempt: Attempt = startAttempt(pack!, { kind: 'full' }, { id: `seed-${i}`, seed: i, now: start + i * day });
    for (const item of attempt.items) {
      const right = (i * 7 + item.questionId.length) % 10 < 6 + (i % 4);
      attempt = reduceAttempt(
        attempt,
        {
          type: 'answer',
          questionId: item.questionId,
          optionIds: right ? item.correctOptionIds : item.optionIds.filter((o) => !item.correctOptionIds.includes(o)).slice(0, item.choose),
        },
        start + i * day + 1000,
      );
    }
    attempt = reduceAttempt(attempt, { type: 'submit' }, start + i * day + 90 * 60_000);
    await writeFile(join(dataDir, 'attempts', `${attempt.id}.json`), JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, attempt }));
    summaries.push(summarizeAttempt(attempt));
  }
  await writeFile(join(dataDir, 'index.json'), JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, attempts: summaries }));
}

async function autosaveTimes(dataDir: string, samples = 300): Promise<number[]> {
  const store = new AttemptStore(dataDir, new NoticeLog());
  await store.init();
  let attempt = startAttempt(pack!, { kind: 'full' }, { id: `bench-${Date.now()}`, seed: 1, now: Date.now() });
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

async function floorTimes(dir: string, samples = 300): Promise<number[]> {
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

async function startServe(dataDir: string): Promise<{ url: string; stop: () => Promise<void>; startedAt: number }> {
  const startedAt = performance.now();
  const child = spawn(process.execPath, ['bin/proctor.mjs', 'serve', '--port', '0', '--no-open', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c) => {
      out += c;
      const m = /running at (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { url, startedAt, stop: () => (child.kill('SIGINT'), exited) };
}

/**
 * In the page: click an answer, then press N, 60 times each, each input at a random moment of
 * the frame. For each input: `work` is the time until the DOM is updated and laid out (what must
 * fit in a frame), `paint` the time until the next animation frame, when the browser paints it.
 */
const ANSWER_TO_PAINT = `(async () => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const work = [];
  const paint = [];
  const measure = async (input) => {
    await frame();
    await pause(Math.random() * 16);
    const t = performance.now();
    input();
    await Promise.resolve();
    document.body.offsetHeight;
    work.push(performance.now() - t);
    paint.push((await frame()) - t);
  };
  for (let i = 0; i < 60; i++) {
    await measure(() => document.querySelectorAll('.options label.option')[i % 2].click());
    await measure(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true })));
  }
  return { work, paint };
})()`;

const figures: Record<string, number | string> = {};
const root = await mkdtemp(join(tmpdir(), 'proctor-bench-'));
try {
  const dirs: Record<number, string> = {};
  for (const count of [10, 1000, 10000]) {
    dirs[count] = join(root, `data-${count}`);
    await seedHistory(dirs[count]!, count);
    const times = await autosaveTimes(dirs[count]!);
    figures[`autosave_p50_ms_${count}`] = round(percentile(times, 50));
    figures[`autosave_p95_ms_${count}`] = round(percentile(times, 95));
  }
  figures.autosave_ratio_10000_vs_10 = round((figures.autosave_p50_ms_10000 as number) / (figures.autosave_p50_ms_10 as number));
  const floor = await floorTimes(root);
  figures.floor_p50_ms = round(percentile(floor, 50));
  figures.autosave_vs_floor_ratio = round((figures.autosave_p50_ms_10000 as number) / percentile(floor, 50));

  // Pack load and validation, per 1,000 questions.
  const runs = 10;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) await loadPackFolder(PACK_DIR);
  figures.validate_ms_per_1000 = round(((performance.now() - t0) / runs / pack.questions.length) * 1000);

  // First screen bundle: index.html and what it loads (the chart chunk loads later, on History).
  const html = await readFile('dist/renderer/index.html', 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  let gz = gzipSync(html).length;
  for (const asset of assets) gz += gzipSync(await readFile(join('dist/renderer', asset))).length;
  figures.first_screen_gzip_kb = round(gz / 1024);

  if (existsSync(CHROMIUM)) {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      for (const count of [10, 10000]) {
        const server = await startServe(dirs[count]!);
        try {
          const page = await browser.newPage();
          await page.goto(server.url);
          await page.getByRole('button', { name: 'Start full-length exam' }).first().waitFor();
          figures[`start_ms_${count}`] = Math.round(performance.now() - server.startedAt);
          if (count === 10000) {
            const t = performance.now();
            await page.goto(`${server.url}#/history`);
            await page.locator('.chart-box[data-charts-drawn="2"]').waitFor();
            figures.history_ms_10000 = Math.round(performance.now() - t);
          } else {
            await page.getByRole('button', { name: 'Start full-length exam' }).first().click();
            await page.locator('.options label.option').first().waitFor();
            // Passed as text: tsx would wrap a function in helpers the page does not have.
            const samples = (await page.evaluate(ANSWER_TO_PAINT)) as { work: number[]; paint: number[] };
            figures.answer_to_paint_p50_ms = round(percentile(samples.paint, 50));
            figures.answer_to_paint_p95_ms = round(percentile(samples.paint, 95));
            figures.answer_work_p95_ms = round(percentile(samples.work, 95));
          }
          await page.close().catch(() => {});
        } finally {
          await server.stop();
        }
      }
    } finally {
      await browser.close();
    }
  } else {
    figures.browser = `skipped: no Chromium at ${CHROMIUM}`;
  }
  const os = await import('node:os');
  figures.machine = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`;
} finally {
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
}
console.log(JSON.stringify(figures, null, 2));
