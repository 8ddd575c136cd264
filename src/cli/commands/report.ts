/** `proctor report`: the counts over a pack, as text or as JSON. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatPackError, packReport } from '../../core/index.ts';
import { loadPackFolder } from '../../node/packs/pack-files.ts';
import { UsageError } from '../usage.ts';

const counts = (entries: Record<string, number>, label: (key: string, n: number) => string) =>
  Object.entries(entries)
    .map(([key, n]) => label(key, n))
    .join(', ');

export async function report(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  if (positionals.length !== 1) throw new UsageError('report needs one pack folder');
  const { pack, errors } = await loadPackFolder(resolve(positionals[0]!));
  if (!pack) {
    for (const error of errors) console.error(formatPackError(error));
    return 1;
  }
  const figures = packReport(pack);
  if (values.json) {
    console.log(JSON.stringify(figures, null, 2));
    return 0;
  }
  const { byType } = figures;
  console.log(`${figures.title} (${figures.id}): ${figures.total} questions`);
  console.log(`by domain: ${counts(figures.byDomain, (d, n) => `D${d} ${n} (${figures.byDomainPercent[d]}%)`)}`);
  console.log(`by task:   ${counts(figures.byTask, (t, n) => `${t}: ${n}`)}`);
  console.log(
    `by type:   single ${byType.single}, multiple ${byType.multiple}; calculation ${figures.calculation}; ` +
      `seed-correction ${figures.seedCorrection}`,
  );
  for (const exam of figures.fixedExams)
    console.log(`${exam.title}: ${exam.questionIds.length} questions, ${counts(exam.byDomain, (d, n) => `D${d} ${n}`)}`);
  const { cues } = figures;
  console.log(
    `cues:      key longest ${cues.longestIsKeyPct}% of single, keys longest ${cues.longestAreKeysPct}% ` +
      `of multiple, always-longest guesser ${cues.guesserScorePct}%`,
  );
  console.log(
    `           key length ranks ${cues.keyRankPct.map((p, r) => `#${r + 1} ${p}%`).join(', ')}; ` +
      `best rank guesser ${cues.rankGuesserScorePct}%`,
  );
  console.log(
    `           absolutes in ${cues.absolutesInKeysPct}% of keys, ${cues.absolutesInDistractorsPct}% of ` +
      `distractors; only the key echoes the stem ${cues.keyOnlyEchoesStemPct}%`,
  );
  console.log(`notes:     ${figures.notes.length}${figures.notes.length ? ` (${figures.notes.map((n) => n.id).join(', ')})` : ''}`);
  return 0;
}
