/** `proctor export`: a pack written in a format other tools read (Aiken, GIFT, markdown, Moodle XML). */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportPack, IMPORT_FORMATS, type ImportFormat } from '../../core/index.ts';
import { loadPackFolder } from '../../node/packs/pack-files.ts';
import { dataDirOf, dataDirOption, openPacks } from '../data.ts';
import { UsageError } from '../usage.ts';

export const EXPORT_HELP = `Usage: proctor export --format aiken|gift|markdown|moodle-xml <pack> [--out <file>]

Writes a pack's questions in another format: <pack> is a pack id (built in or imported) or a pack
folder. Questions the format cannot express (e.g. multiple response in Aiken) are listed.

Options:
  --format F     aiken, gift, markdown or moodle-xml (required)
  --out FILE     write there (default: <pack-id>.<format> in the current folder; - for stdout)
  --data-dir D   the data folder, for imported packs (default: Proctor's)`;

export async function exportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, out: { type: 'string' }, ...dataDirOption },
  });
  const format = values.format as ImportFormat | undefined;
  if (!format || !IMPORT_FORMATS.includes(format)) throw new UsageError(`export needs --format ${IMPORT_FORMATS.join('|')}`);
  if (positionals.length !== 1) throw new UsageError('export needs one pack (an id or a folder)');
  const name = positionals[0]!;
  const folder = await loadPackFolder(resolve(name));
  const pack = folder.pack ?? (await openPacks(dataDirOf(values))).registry.find(name);
  if (!pack) throw new Error(`no pack "${name}": give a pack id (see Home) or a pack folder`);
  const result = exportPack(pack, format);
  for (const skip of result.skipped) console.error(`skipped ${skip.questionId}: ${skip.reason}`);
  if (values.out === '-') process.stdout.write(result.text);
  else {
    const out = resolve(values.out ?? result.filename);
    await writeFile(out, result.text);
    console.log(
      `Exported ${result.exported} of ${pack.questions.length} questions of "${pack.title}" to ${out}` +
        `${result.skipped.length ? ` (${result.skipped.length} skipped, listed above)` : ''}.`,
    );
  }
  return 0;
}
