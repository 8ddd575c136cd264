// `npm run bench`: every figure beside a baseline measured in the same run, and the ratio the
// target is stated in. Prints a table, then the same rows as JSON. Not part of `npm test`:
// timings on shared machines are too noisy to assert.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { parsePack, type PackSource } from '../src/core/index.ts';
import { loadPackFolder } from '../src/node/packs/pack-files.ts';
import { answering, historyDrawn, progressShown, startToHome } from './bench/browser.ts';
import { progressFigures, readinessFigures } from './bench-progress.ts';
import { autosaveTimes, floorTimes, previousSession, seedHistory } from './bench/history.ts';

const PACK_DIR = 'exams/dva-c02';
const CHROMIUM = process.env.PROCTOR_CHROMIUM ?? '/usr/bin/chromium';
const round = (n: number) => Math.round(n * 100) / 100;
const percentile = (values: number[], p: number) =>
  values.slice().sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const median = (values: number[]) => percentile(values, 50);

interface Row {
  figure: string;
  value: number;
  baseline: string;
  baselineValue: number;
  ratio: number;
  target: string;
  met?: boolean;
}
const rows: Row[] = [];
/** `limit` applies to the ratio unless `absolute` says it applies to the value. */
function row(
  figure: string,
  value: number,
  baseline: string,
  baselineValue: number,
  target?: { limit: number; absolute?: boolean; unit?: string },
) {
  const ratio = round(value / baselineValue);
  const against = target?.absolute ? value : ratio;
  rows.push({
    figure,
    value: round(value),
    baseline,
    baselineValue: round(baselineValue),
    ratio,
    target: target ? `${target.absolute ? 'value' : 'ratio'} ≤ ${target.limit}${target.unit ?? ''}` : '',
    ...(target ? { met: against <= target.limit } : {}),
  });
}

const { pack } = await loadPackFolder(PACK_DIR);
if (!pack) throw new Error(`${PACK_DIR} does not load; run npx proctor validate ${PACK_DIR}`);
const extra: Record<string, number>[] = [];
const root = await mkdtemp(join(tmpdir(), 'proctor-bench-'));
try {
  // Storage: an autosave costs the same at any history size, close to the disk's floor.
  const dirs: Record<number, string> = {};
  const autosave: Record<number, number[]> = {};
  for (const count of [10, 1000, 10000]) {
    dirs[count] = join(root, `data-${count}`);
    await seedHistory(pack, dirs[count]!, count);
    autosave[count] = await autosaveTimes(pack, dirs[count]!);
  }
  const p50 = (count: number) => median(autosave[count]!);
  row('autosave p50 ms, 1,000 attempts', p50(1000), 'autosave p50 ms, 10 attempts', p50(10));
  row('autosave p50 ms, 10,000 attempts', p50(10000), 'autosave p50 ms, 10 attempts', p50(10), { limit: 1.5 });
  row('autosave p95 ms, 10,000 attempts', percentile(autosave[10000]!, 95), 'autosave p95 ms, 10 attempts', percentile(autosave[10]!, 95));
  row('autosave p50 ms, 10,000 attempts', p50(10000), 'floor: 1 KB write+fsync+rename p50 ms', median(await floorTimes(root)), {
    limit: 3,
  });

  // Progress at any history size, and the readiness model's calibration on simulated learners.
  const progress = await progressFigures(dirs, pack);
  row('Progress figures ms, 10,000 attempts', progress.progress_ms_10000!, 'same, 10 attempts', progress.progress_ms_10!, { limit: 1.5 });
  const readiness = readinessFigures(pack);
  console.log(`readiness: ${JSON.stringify(readiness)}`);
  extra.push(progress, readiness);

  // Pack load and validation, against the thorough reader alone (the path before the fast one).
  const source: PackSource = {
    manifest: { path: 'pack.yaml', text: await readFile(join(PACK_DIR, 'pack.yaml'), 'utf8') },
    questionFiles: await Promise.all(
      (await readdir(join(PACK_DIR, 'questions')))
        .sort()
        .map(async (name) => ({ path: name, text: await readFile(join(PACK_DIR, 'questions', name), 'utf8') })),
    ),
  };
  const perThousand = async (run: () => unknown, runs = 10) => {
    await run();
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) await run();
    return ((performance.now() - t0) / runs / pack.questions.length) * 1000;
  };
  const thorough = await perThousand(() => parsePack(source, { reader: 'thorough' }));
  row(
    'pack load + validation ms per 1,000 questions',
    await perThousand(() => loadPackFolder(PACK_DIR)),
    'thorough reader alone, ms per 1,000',
    thorough,
    {
      limit: 150,
      absolute: true,
      unit: ' ms',
    },
  );

  // First screen: index.html and what it loads before Home is drawn, against the whole renderer.
  const html = await readFile('dist/renderer/index.html', 'utf8');
  const gz = async (file: string) => gzipSync(await readFile(join('dist/renderer', file))).length / 1024;
  const all = (await readdir('dist/renderer/assets')).filter((n) => /\.(js|css)$/.test(n)).map((n) => `assets/${n}`);
  // What index.html names, plus Home's lazy chunk and every chunk and style it imports in turn.
  const first = new Set([...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!));
  const pending = all.filter((n) => /^assets\/Home-[^/]+\.(js|css)$/.test(n));
  for (let asset = pending.pop(); asset; asset = pending.pop()) {
    first.add(asset);
    if (!asset.endsWith('.js')) continue;
    const code = await readFile(join('dist/renderer', asset), 'utf8');
    const imported = [...code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.(?:js|css))"/g)].map((m) => `assets/${m[1]}`);
    pending.push(...imported.filter((name) => !first.has(name) && !pending.includes(name)));
  }
  let firstKb = gzipSync(html).length / 1024;
  for (const asset of first) firstKb += await gz(asset);
  let allKb = gzipSync(html).length / 1024;
  for (const asset of all) allKb += await gz(asset);
  row('first screen KB gzip', firstKb, 'whole renderer KB gzip', allKb, { limit: 60, absolute: true, unit: ' KB' });

  if (existsSync(CHROMIUM)) {
    for (const count of [10, 10000]) await previousSession(dirs[count]!);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      // Alternating rounds, so a busy moment of a shared machine weighs on both sides alike.
      const starts: Record<number, number[]> = { 10: [], 10000: [] };
      for (let round = 0; round < 5; round++)
        for (const count of [10, 10000]) starts[count]!.push(await startToHome(browser, dirs[count]!));
      row('start to interactive Home ms, 10,000 attempts', median(starts[10000]!), 'same, 10 attempts (median of 5)', median(starts[10]!), {
        limit: 1.15,
      });
      row(
        'History drawn ms, 10,000 attempts',
        await historyDrawn(browser, dirs[10000]!),
        'same, 10 attempts',
        await historyDrawn(browser, dirs[10]!),
      );
      // The target: the Progress screen opens as fast with 10,000 attempts as with 10.
      const shown: Record<number, number[]> = { 10: [], 10000: [] };
      for (let round = 0; round < 3; round++)
        for (const count of [10, 10000]) shown[count]!.push(await progressShown(browser, dirs[count]!));
      row('Progress shown ms, 10,000 attempts', median(shown[10000]!), 'same, 10 attempts (median of 3)', median(shown[10]!), {
        limit: 1.5,
      });
      const { frames, work, paint } = await answering(browser, dirs[10]!);
      const frame = median(frames);
      row('answer to DOM updated p95 ms', percentile(work, 95), 'half a frame ms (measured)', frame / 2, { limit: 1 });
      row('answer to DOM updated p50 ms', median(work), 'half a frame ms (measured)', frame / 2);
      row('answer to next paint p95 ms', percentile(paint, 95), 'one frame ms (measured)', frame);
    } finally {
      await browser.close();
    }
  } else {
    console.log(`browser figures skipped: no Chromium at ${CHROMIUM}`);
  }
} finally {
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
}

const width = Math.max(...rows.map((r) => r.figure.length));
for (const r of rows) {
  const verdict = r.met === undefined ? '' : r.met ? '  ok' : '  MISSED';
  console.log(
    `${r.figure.padEnd(width)}  ${String(r.value).padStart(8)}  vs ${r.baseline} ${r.baselineValue} → ${r.ratio}×  ${r.target}${verdict}`,
  );
}
console.log(
  JSON.stringify(
    {
      machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`,
      rows,
      ...Object.assign({}, ...extra),
    },
    null,
    2,
  ),
);
