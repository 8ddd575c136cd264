/**
 * The images of a pack, read for the app: `proctor serve` and Electron's app:// handler both call
 * readPackImage, so the rules are the same on both transports. Only a regular file straight under
 * the pack's images/ folder (after following links), of a raster type whose bytes say so, and no
 * larger than an import accepts. A deleted pack's images still show in the reviews of its attempts.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MAX_IMAGE_BYTES } from '../../core/rules/file-limits.ts';
import { hasImageSignature, parsePackImagePath } from '../../core/rules/pack-images.ts';
import type { PackRegistry } from './pack-registry.ts';

export { PACK_IMAGES_SEGMENT } from '../../core/rules/pack-images.ts';

export interface PackImage {
  bytes: Buffer;
  contentType: string;
}

/** The folder of a loaded pack, or of the newest retired copy of a deleted one. */
async function packFolder(packs: PackRegistry, packId: string): Promise<string | undefined> {
  const live = packs.folderOf(packId);
  if (live) return live;
  const retiredDir = packs.options.retiredDir;
  if (!retiredDir || !packs.find(packId)) return undefined;
  const names = await readdir(retiredDir).catch(() => [] as string[]);
  const newest = names
    .filter((name) => name.startsWith(`${packId}--`) && /^\d+$/.test(name.slice(packId.length + 2)))
    .sort((a, b) => Number(b.slice(packId.length + 2)) - Number(a.slice(packId.length + 2)))[0];
  return newest ? join(retiredDir, newest) : undefined;
}

/**
 * The image a request path names (`/pack-images/<pack id>/<file>`, percent-encoded as it came),
 * or undefined for anything else: an unknown pack, a path outside images/, a link leading out of
 * it, a folder, SVG or another type, bytes that are not the image they claim, a file too large.
 */
export async function readPackImage(packs: PackRegistry, rawPathname: string): Promise<PackImage | undefined> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(rawPathname);
  } catch {
    return undefined;
  }
  const wanted = parsePackImagePath(pathname);
  if (!wanted) return undefined;
  const folder = await packFolder(packs, wanted.packId);
  if (!folder) return undefined;
  try {
    const imagesDir = await realpath(join(folder, 'images'));
    const file = await realpath(join(imagesDir, wanted.file));
    if (dirname(file) !== imagesDir) return undefined;
    const info = await stat(file);
    if (!info.isFile() || info.size > MAX_IMAGE_BYTES) return undefined;
    const bytes = await readFile(file);
    return hasImageSignature(bytes, wanted.contentType) ? { bytes, contentType: wanted.contentType } : undefined;
  } catch {
    return undefined;
  }
}
