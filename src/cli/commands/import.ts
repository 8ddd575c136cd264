/** `proctor import`: turns an Aiken or markdown-checklist bank into an exam pack in the data folder. */
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { formatPackError, MAX_PACK_FILE_BYTES, parseImport, parsePack, toQuestionSources, type ImportFormat } from '../../core/index.ts';
import { defaultDataDir } from '../../node/paths.ts';
import { BackupManager } from '../../node/storage/backups.ts';
import { UsageError } from '../usage.ts';

const MINUTES_PER_QUESTION = 2;

export async function importBank(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      id: { type: 'string' },
      title: { type: 'string' },
      'data-dir': { type: 'string' },
      replace: { type: 'boolean', default: false },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1)
    throw new UsageError('import needs one file: proctor import <file> [--format aiken|markdown] [--id ID] [--title T]');
  const format = (values.format ?? (extname(file).toLowerCase() === '.md' ? 'markdown' : 'aiken')) as ImportFormat;
  if (format !== 'aiken' && format !== 'markdown') throw new UsageError(`--format must be aiken or markdown, not "${values.format}"`);
  const id =
    values.id ??
    basename(file, extname(file))
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
    throw new UsageError(`"${id}" cannot be a pack id: use --id with lower-case letters, digits and dashes`);
  const size = (await stat(file)).size;
  if (size > MAX_PACK_FILE_BYTES)
    throw new Error(`${file} is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_PACK_FILE_BYTES / 1024 / 1024} MB limit`);

  const parsed = parseImport(format, await readFile(file, 'utf8'));
  for (const error of parsed.errors) console.error(`${file}:${error.line}: ${error.message}`);
  if (parsed.errors.length > 0 || parsed.questions.length === 0) {
    if (parsed.questions.length === 0 && parsed.errors.length === 0) console.error(`${file}: no questions found in ${format} format`);
    return 1;
  }
  const questions = toQuestionSources(id, parsed.questions);
  const examSize = Math.min(65, questions.length);
  const manifest = {
    id,
    title: values.title ?? `Imported: ${basename(file)}`,
    description: `Imported from ${basename(file)} (${format}).`,
    exam: { questionCount: examSize, durationMinutes: examSize * MINUTES_PER_QUESTION, passingScaledScore: 720 },
    domains: [{ number: 1, title: 'Imported questions', weight: 100, tasks: [{ id: '1.1', title: 'All questions' }] }],
  };
  const dataDir = values['data-dir'] ? resolve(values['data-dir']) : defaultDataDir();
  const folder = join(dataDir, 'packs', id);
  const texts = { manifest: stringify(manifest), questions: stringify({ questions }) };
  const check = parsePack({
    manifest: { path: join(folder, 'pack.yaml'), text: texts.manifest },
    questionFiles: [{ path: join(folder, 'questions', 'imported.yaml'), text: texts.questions }],
  });
  if (!check.pack) {
    for (const error of check.errors) console.error(formatPackError(error));
    return 1;
  }
  const exists = await stat(folder).then(
    () => true,
    () => false,
  );
  if (exists && !values.replace) throw new Error(`${folder} already exists: choose another --id, or add --replace`);

  const backup = await new BackupManager(dataDir).backup('before-import', true);
  const staging = `${folder}.importing`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(join(staging, 'questions'), { recursive: true });
  await writeFile(join(staging, 'pack.yaml'), texts.manifest);
  await writeFile(join(staging, 'questions', 'imported.yaml'), texts.questions);
  if (exists) await rm(folder, { recursive: true });
  await rename(staging, folder);
  console.log(`Imported ${questions.length} questions as pack "${id}" into ${folder}.`);
  if (backup) console.log(`Your data was backed up first (${backup.name}).`);
  console.log('Restart Proctor to see the pack. Imported questions have no explanations or references; add them in the YAML if you like.');
  return 0;
}
