/**
 * Which files make up the user's data (attempts, their index, question reports, the review
 * schedule, settings, imported packs), and how a set of them replaces the current ones: backups,
 * their restore and the one-file backup all use this one list.
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileDurable } from './durable-write.ts';

export const TOP_FILES = ['index.json', 'reports.json', 'review.json', 'settings.json'];

/** A data file path as stored in a backup: attempts/<id>.json or packs/<id>/..., never outside. */
export const DATA_FILE =
  /^(index|reports|review|settings)\.json$|^attempts\/[A-Za-z0-9._-]{1,200}\.json$|^packs\/[a-z0-9-]{1,80}\/(pack\.yaml|questions\/[\w.-]{1,120}\.ya?ml|images\/[\w.-]{1,120})$/; // eslint-disable-line max-len

async function walk(root: string, under: string): Promise<string[]> {
  const found: string[] = [];
  let entries;
  try {
    entries = await readdir(join(root, under), { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name.endsWith('.writing')) continue;
    const path = `${under}/${entry.name}`;
    if (entry.isDirectory()) found.push(...(await walk(root, path)));
    else if (entry.isFile() && DATA_FILE.test(path)) found.push(path);
  }
  return found;
}

/** Data files under a folder (the data folder or a backup), relative, with "/" separators. */
export async function dataFilesOf(root: string): Promise<string[]> {
  const files: string[] = [];
  for (const name of TOP_FILES) {
    try {
      await stat(join(root, name));
      files.push(name);
    } catch {
      /* not written yet */
    }
  }
  files.push(...(await walk(root, 'attempts')), ...(await walk(root, 'packs')));
  return files;
}

/**
 * Makes the data files equal to `wanted`: files not wanted are removed (a file the source lacks
 * must not survive it: what is derived is rebuilt when reopened), wanted ones written durably. Imported packs are touched
 * only when the source holds packs' state (`packs`): backups taken before packs were backed up
 * say nothing about them.
 */
export async function replaceDataFiles(
  dataDir: string,
  current: string[],
  wanted: string[],
  read: (file: string) => Promise<Uint8Array | string>,
  { packs }: { packs: boolean },
): Promise<void> {
  const keep = new Set(wanted);
  const ours = (file: string) => packs || !file.startsWith('packs/');
  for (const file of current) if (ours(file) && !keep.has(file)) await rm(join(dataDir, file), { force: true });
  for (const file of wanted.filter(ours)) {
    await mkdir(dirname(join(dataDir, file)), { recursive: true });
    await writeFileDurable(join(dataDir, file), await read(file));
  }
  if (!packs) return;
  // Pack folders left without files go too, so the registry does not see a broken pack.
  for (const name of await readdir(join(dataDir, 'packs')).catch(() => [] as string[])) {
    if (!wanted.some((f) => f.startsWith(`packs/${name}/`))) await rm(join(dataDir, 'packs', name), { recursive: true, force: true });
  }
}
