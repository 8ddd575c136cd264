/** `proctor import`: a bank in Aiken, GIFT, Moodle XML or markdown becomes a pack, after a backup. */
import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import {
  ENCODING_NAMES,
  FORMAT_NAMES,
  IMPORT_FORMATS,
  MAX_IMPORT_BYTES,
  noQuestionMessage,
  slug,
  topicCounts,
  UNASSIGNED,
  type ImportFormat,
} from '../../core/index.ts';
import { bankName, prepareImport } from '../../node/import/bank-import.ts';
import { writePackFolder } from '../../node/packs/pack-writer.ts';
import { dataDirOf, dataDirOption, openPacks } from '../data.ts';
import { UsageError } from '../usage.ts';

export const IMPORT_HELP = `Usage: proctor import [--format aiken|gift|moodle-xml|markdown] <file> [options]

Turns a question bank into an exam pack: into the data folder (after a backup), or as a pack
folder with --out. Every question that can be converted is imported; every other item is listed
with file:line and the reason. The format and the text encoding are detected when not given.

Options:
  --format F        aiken, gift, moodle-xml or markdown (default: detected)
  --out DIR         write the pack folder there instead of into the data folder
  --dry-run         print what would be imported and the problems; write nothing
  --map T=N         put questions of topic (category or heading) T into domain N of the
                    blueprint; repeat it, or give a JSON/YAML file of { topic: N }
  --blueprint ID    the pack whose domains and exam settings are used (default: the first built-in)
  --id ID           the pack id (default: from the file name)
  --title T         the pack title (default: "Imported: <file>")
  --replace         replace an imported pack (or --out folder) with the same id
  --data-dir D      the data folder (default: Proctor's)`;

async function mappingOf(entries: string[]): Promise<Record<string, number>> {
  const mapping: Record<string, number> = {};
  for (const entry of entries) {
    const isFile = await stat(entry).then(
      (s) => s.isFile(),
      () => false,
    );
    const pairs: [string, unknown][] = isFile
      ? Object.entries((parseYaml(await readFile(entry, 'utf8')) ?? {}) as object)
      : [[entry.slice(0, entry.lastIndexOf('=')), entry.slice(entry.lastIndexOf('=') + 1)]];
    for (const [topic, value] of pairs) {
      const domain = Number(value);
      if (!topic || !Number.isInteger(domain) || domain < 1 || domain > 9)
        throw new UsageError(`--map needs TOPIC=N with N a domain number 1-9, or a file of them (got "${entry}")`);
      mapping[topic.trim()] = domain;
    }
  }
  return mapping;
}

export async function importBank(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      map: { type: 'string', multiple: true, default: [] },
      blueprint: { type: 'string' },
      id: { type: 'string' },
      title: { type: 'string' },
      replace: { type: 'boolean', default: false },
      ...dataDirOption,
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('import needs one file');
  if (values.format && !(IMPORT_FORMATS as readonly string[]).includes(values.format))
    throw new UsageError(`--format must be one of ${IMPORT_FORMATS.join(', ')}, not "${values.format}"`);
  const size = (await stat(file)).size;
  if (size > MAX_IMPORT_BYTES)
    throw new Error(`${file} is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_IMPORT_BYTES / 1024 / 1024} MB limit: split it`);
  const dataDir = dataDirOf(values);
  const { registry, imported } = await openPacks(dataDir);
  const builtIns = registry.list().filter((p) => !registry.isImported(p.id));
  const blueprint = values.blueprint ? registry.get(values.blueprint) : builtIns[0];
  const id = values.id ?? slug(bankName(file));
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
    throw new UsageError(`"${id}" cannot be a pack id: use --id with lower-case letters, digits and dashes`);
  const mapping = await mappingOf(values.map);
  const title = values.title ?? `Imported: ${file.split(/[\\/]/).pop()}`;
  const prepared = await prepareImport(
    {
      name: file,
      bytes: await readFile(file),
      ...(values.format ? { format: values.format as ImportFormat } : {}),
      sourceDir: dirname(resolve(file)),
    },
    { id, title, blueprint, mapping },
  );
  const { result, planned } = prepared;
  for (const problem of planned.problems) console.error(`${problem.file}:${problem.line}: ${problem.reason}`);
  for (const note of result.notes) console.log(`Note: ${note}`);
  if (planned.questions.length === 0) {
    console.error(noQuestionMessage(result));
    return 1;
  }
  const counts = `${planned.questions.length} question(s) imported, ${planned.problems.length} item(s) skipped`;
  const summary = `${counts} (${FORMAT_NAMES[result.format]}, ${ENCODING_NAMES[result.encoding]}).`;
  const domains = new Map(planned.manifest.domains.map((d) => [d.number, `${d.number} ${d.title}`]));
  for (const { topic, count } of topicCounts(result.questions)) {
    const domain = mapping[topic] !== undefined && domains.has(mapping[topic]) ? domains.get(mapping[topic]) : UNASSIGNED;
    console.log(`Topic "${topic}" (${count} question(s)): domain ${domain}`);
  }
  if (values['dry-run']) {
    console.log(`Dry run: ${summary} Nothing was written.`);
    return 0;
  }
  const content = { manifest: planned.manifest, questions: planned.questions, images: prepared.images };
  if (values.out) {
    const folder = resolve(values.out);
    const exists = await stat(folder).then(
      () => true,
      () => false,
    );
    if (exists && !values.replace) throw new Error(`${folder} already exists: choose another --out, or add --replace`);
    await writePackFolder(folder, content, { replace: exists });
    console.log(`Wrote pack "${planned.manifest.id}" to ${folder}: ${summary}`);
    return 0;
  }
  const { backup } = await imported.install(content, { replace: values.replace });
  console.log(`Imported ${planned.questions.length} questions as pack "${planned.manifest.id}" into ${imported.dir}: ${summary}`);
  if (backup) console.log(`Your data was backed up first (${backup}).`);
  console.log('Start (or restart) Proctor to see the pack on Home.');
  return 0;
}
