/**
 * An import from start to pack: the bank's bytes read by the core, its images gathered (embedded
 * in Moodle XML, uploaded beside it, or found beside the file on disk), and the pack planned.
 * Only images a kept question uses are copied; a question whose image cannot be found is
 * refused by the plan, with its line.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { planPack, readBank, type Blueprint, type ImportFormat, type ImportResult, type PlannedPack } from '../../core/index.ts';
import { MAX_IMAGE_BYTES } from '../../core/rules/file-limits.ts';

export const IMAGE_TYPES = ['.png', '.jpg', '.jpeg', '.gif', '.webp'];

export interface ImportSource {
  name: string;
  bytes: Uint8Array;
  format?: ImportFormat;
  /** The folder the bank was read from: images by relative path are looked for there. */
  sourceDir?: string;
  /** Files picked together with the bank (the app), by name. */
  uploads?: Map<string, Uint8Array>;
}

export interface ImportChoices {
  id: string;
  title: string;
  blueprint?: Blueprint;
  mapping?: Record<string, number>;
}

export interface PreparedImport {
  result: ImportResult;
  planned: PlannedPack;
  /** Path in the pack → bytes, for the images the kept questions use. */
  images: Map<string, Uint8Array>;
}

async function findImage(path: string, source: ImportSource, attachments: Map<string, string>): Promise<Uint8Array | undefined> {
  if (!IMAGE_TYPES.includes(extname(path).toLowerCase())) return undefined;
  const embedded = attachments.get(path) ?? attachments.get(basename(path));
  if (embedded) return Buffer.from(embedded, 'base64');
  const uploaded = source.uploads?.get(path) ?? source.uploads?.get(basename(path));
  if (uploaded) return uploaded;
  if (!source.sourceDir) return undefined;
  let file: string;
  try {
    file = resolve(source.sourceDir, decodeURIComponent(path));
  } catch {
    return undefined;
  }
  try {
    const info = await stat(file);
    if (!info.isFile() || info.size > MAX_IMAGE_BYTES) return undefined;
    return await readFile(file);
  } catch {
    return undefined;
  }
}

export async function prepareImport(source: ImportSource, choices: ImportChoices): Promise<PreparedImport> {
  const { result, attachments } = readBank(source);
  const found = new Map<string, { packPath: string; bytes: Uint8Array }>();
  const names = new Set<string>();
  for (const path of new Set(result.questions.flatMap((q) => q.images))) {
    const bytes = await findImage(path, source, attachments);
    if (!bytes) continue;
    const safe = basename(path).replace(/[^\w.-]+/g, '-');
    let name = safe;
    for (let n = 2; names.has(name); n++) name = `${n}-${safe}`;
    names.add(name);
    found.set(path, { packPath: `images/${name}`, bytes });
  }
  const planned = planPack(result, {
    packId: choices.id,
    title: choices.title,
    blueprint: choices.blueprint,
    mapping: choices.mapping,
    images: new Map([...found].map(([path, f]) => [path, f.packPath])),
  });
  const used = JSON.stringify(planned.questions);
  const images = new Map([...found.values()].filter((f) => used.includes(f.packPath)).map((f) => [f.packPath, f.bytes]));
  return { result, planned, images };
}

/** The file name without its extension, for a default title and id. */
export function bankName(name: string): string {
  return basename(name, extname(name)) || name;
}
