/**
 * `proctor validate`: checks packs, their notes and same-point reviews (and with --strict the
 * content lint, with the thresholds each pack sets in pack.yaml); exit 1 on any error.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatPackError, lintPack, type LintFinding } from '../../core/index.ts';
import { loadPackFolder, loadPacks } from '../../node/packs/pack-files.ts';
import { UsageError } from '../usage.ts';

/** A path is either one pack folder or a folder of packs (like exams/). */
async function packsAt(path: string) {
  const single = await loadPackFolder(resolve(path));
  if (single.pack || !single.errors[0]?.message.startsWith('missing pack.yaml')) return [{ folder: path, ...single }];
  const many = await loadPacks(resolve(path));
  return [
    ...many.packs.map((pack) => ({ folder: pack.id, pack, errors: [] })),
    ...many.problems.map((p) => ({ folder: p.folder, pack: undefined, errors: p.errors })),
  ];
}

const formatFinding = (f: LintFinding) =>
  `${f.file ? `${f.file}:${f.line} ` : ''}${f.questionId ? `${f.questionId}: ` : ''}[${f.rule}] ${f.message}`;

export async function validate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { strict: { type: 'boolean', default: false } } });
  if (positionals.length === 0) throw new UsageError('validate needs a path');
  let failed = false;
  for (const path of positionals) {
    const results = await packsAt(path);
    if (results.length === 0) {
      console.error(`${path}: no exam pack found (a pack folder holds pack.yaml and questions/)`);
      failed = true;
    }
    for (const result of results) {
      for (const error of result.errors) console.error(formatPackError(error));
      if (!result.pack) {
        console.error(`✗ ${result.folder}: ${result.errors.length} error(s)`);
        failed = true;
        continue;
      }
      const findings = values.strict ? lintPack(result.pack) : [];
      for (const finding of findings) console.error(formatFinding(finding));
      if (findings.length) failed = true;
      const lint = values.strict ? `, ${findings.length} content finding(s)` : '';
      console.log(
        `${findings.length ? '✗' : '✓'} ${result.pack.id}: ${result.pack.questions.length} questions, ` +
          `${result.pack.notes.length} notes${lint}`,
      );
    }
  }
  return failed ? 1 : 0;
}
