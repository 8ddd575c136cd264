/** Reads exam packs from disk and hands their text to the core's parser. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { formatPackError, MAX_PACK_FILE_BYTES, parsePack, type Pack, type PackError, type SourceFile } from '../../core/index.ts';

export interface LoadedPacks {
  packs: Pack[];
  problems: { folder: string; errors: PackError[] }[];
}

/** Refuses before reading: a hostile pack must not make us load a huge file into memory. */
async function readSource(path: string, shownAs: string): Promise<SourceFile | PackError> {
  const size = (await stat(path)).size;
  if (size > MAX_PACK_FILE_BYTES) {
    const limit = `${MAX_PACK_FILE_BYTES / 1024 / 1024} MB`;
    return {
      file: shownAs,
      line: 1,
      column: 1,
      field: '',
      message: `file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${limit} limit; split it into several files`,
    };
  }
  return { path: shownAs, text: await readFile(path, 'utf8') };
}

const isError = (value: SourceFile | PackError): value is PackError => 'message' in value;

/** Loads one pack folder: pack.yaml, questions/*.yaml, and optionally notes/*.md and same-point.yaml. */
export async function loadPackFolder(folder: string, shownFrom = process.cwd()): Promise<{ pack?: Pack; errors: PackError[] }> {
  const show = (path: string) => relative(shownFrom, path) || path;
  const manifestPath = join(folder, 'pack.yaml');
  try {
    await stat(manifestPath);
  } catch {
    return {
      errors: [
        {
          file: show(manifestPath),
          line: 1,
          column: 1,
          field: '',
          message: 'missing pack.yaml: a pack folder needs one (see exams/README.md)',
        },
      ],
    };
  }
  const questionsDir = join(folder, 'questions');
  let names: string[] = [];
  try {
    names = (await readdir(questionsDir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch {
    return {
      errors: [
        { file: show(questionsDir), line: 1, column: 1, field: '', message: 'missing questions/ folder: put the question files there' },
      ],
    };
  }
  const notesDir = join(folder, 'notes');
  const noteNames = await readdir(notesDir).then(
    (all) => all.filter((name) => name.endsWith('.md')).sort(),
    () => [] as string[],
  );
  const samePointPath = join(folder, 'same-point.yaml');
  const hasSamePoint = await stat(samePointPath).then(
    () => true,
    () => false,
  );
  const paths = [
    manifestPath,
    ...names.map((name) => join(questionsDir, name)),
    ...noteNames.map((name) => join(notesDir, name)),
    ...(hasSamePoint ? [samePointPath] : []),
  ];
  const sources = await Promise.all(paths.map((path) => readSource(path, show(path))));
  const tooLarge = sources.filter(isError);
  if (tooLarge.length > 0) return { errors: tooLarge };
  const files = sources as SourceFile[];
  return parsePack({
    manifest: files[0]!,
    questionFiles: files.slice(1, 1 + names.length),
    noteFiles: files.slice(1 + names.length, 1 + names.length + noteNames.length),
    samePointFile: hasSamePoint ? files.at(-1) : undefined,
  });
}

/** Loads every pack folder under `root`; a broken pack is reported and the others still load. */
export async function loadPacks(root: string, shownFrom = process.cwd()): Promise<LoadedPacks> {
  const result: LoadedPacks = { packs: [], problems: [] };
  let entries: string[];
  try {
    entries = (await readdir(root, { withFileTypes: true }))
      .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'schema')
      .map((e) => e.name)
      .sort();
  } catch {
    return result;
  }
  const seen = new Set<string>();
  for (const name of entries) {
    const folder = join(root, name);
    const loaded = await loadPackFolder(folder, shownFrom);
    if (loaded.pack && seen.has(loaded.pack.id)) {
      result.problems.push({
        folder,
        errors: [
          {
            file: join(folder, 'pack.yaml'),
            line: 1,
            column: 1,
            field: 'id',
            message: `another pack already has the id "${loaded.pack.id}"`,
          },
        ],
      });
    } else if (loaded.pack) {
      seen.add(loaded.pack.id);
      result.packs.push(loaded.pack);
    } else {
      result.problems.push({ folder, errors: loaded.errors });
    }
  }
  return result;
}

export { formatPackError };
