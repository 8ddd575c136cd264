/**
 * Writes a pack folder in one step: everything goes into a staging folder first, is checked by
 * loading it back, and only then takes the pack's place. Question files are cut to stay well under
 * the pack loader's per-file limit, so a 10 MB bank still loads.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { formatPackError, MAX_PACK_FILE_BYTES, type PackManifest, type QuestionSource } from '../../core/index.ts';
import { loadPackFolder } from './pack-files.ts';

const FILE_BUDGET = MAX_PACK_FILE_BYTES / 2;

function questionFiles(questions: QuestionSource[]): string[] {
  const files: string[] = [];
  let current: QuestionSource[] = [];
  let size = 0;
  for (const question of questions) {
    const cost = JSON.stringify(question).length * 1.3;
    if (current.length > 0 && size + cost > FILE_BUDGET) {
      files.push(stringify({ questions: current }));
      current = [];
      size = 0;
    }
    current.push(question);
    size += cost;
  }
  if (current.length > 0) files.push(stringify({ questions: current }));
  return files;
}

export interface PackContent {
  manifest: PackManifest;
  questions: QuestionSource[];
  /** Path inside the pack (images/x.png) → bytes. */
  images: Map<string, Uint8Array>;
}

export async function writePackFolder(folder: string, content: PackContent, { replace = false } = {}): Promise<void> {
  const staging = `${folder}.writing`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(join(staging, 'questions'), { recursive: true });
  try {
    await writeFile(join(staging, 'pack.yaml'), stringify(content.manifest));
    const files = questionFiles(content.questions);
    for (const [i, text] of files.entries())
      await writeFile(join(staging, 'questions', `imported-${String(i + 1).padStart(3, '0')}.yaml`), text);
    for (const [path, bytes] of content.images) {
      await mkdir(join(staging, 'images'), { recursive: true });
      await writeFile(join(staging, path), bytes);
    }
    const check = await loadPackFolder(staging);
    if (!check.pack) throw new Error(`the pack did not load back: ${check.errors.slice(0, 3).map(formatPackError).join('; ')}`);
    if (replace) await rm(folder, { recursive: true, force: true });
    await rename(staging, folder);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
