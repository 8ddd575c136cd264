/** `proctor attempts`: the attempt history as CSV (one row each) or JSON (every attempt in full). */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { attemptsJson, attemptsJsonFilename, historyCsv, historyCsvFilename } from '../../core/index.ts';
import { NoticeLog } from '../../node/storage/notices.ts';
import { AttemptStore } from '../../node/storage/attempt-store.ts';
import { dataDirOf, dataDirOption, openPacks } from '../data.ts';
import { UsageError } from '../usage.ts';

export const ATTEMPTS_HELP = `Usage: proctor attempts [--format csv|json] [--out <file>] [--data-dir D]

Exports your attempts: CSV has one row per attempt with the score by domain; JSON has every
attempt in full (questions, answers, flags, timing, result). --out - writes to stdout.`;

export async function attempts(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { format: { type: 'string', default: 'csv' }, out: { type: 'string' }, ...dataDirOption },
  });
  if (positionals.length > 0 || !['csv', 'json'].includes(values.format)) throw new UsageError('attempts takes --format csv or json');
  const dataDir = dataDirOf(values);
  const store = new AttemptStore(dataDir, new NoticeLog());
  await store.init();
  const summaries = store.list().sort((a, b) => a.startedAt - b.startedAt);
  const now = Date.now();
  let text: string;
  let filename = historyCsvFilename(now);
  if (values.format === 'json') {
    const full = [];
    for (const s of summaries) full.push(await store.load(s.id).catch(() => undefined));
    text = attemptsJson(
      full.filter((a) => a !== undefined),
      now,
    );
    filename = attemptsJsonFilename(now);
  } else {
    const { registry } = await openPacks(dataDir);
    text = historyCsv(
      summaries,
      [...new Set(registry.list().flatMap((p) => p.domains.map((d) => d.number)))].sort((a, b) => a - b),
    );
  }
  if (values.out === '-') process.stdout.write(text);
  else {
    const out = resolve(values.out ?? filename);
    await writeFile(out, text);
    console.log(`Exported ${summaries.length} attempt(s) to ${out}.`);
  }
  return 0;
}
