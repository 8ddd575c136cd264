/**
 * Images in a pack: a question's markdown writes `images/<file>` (relative to its pack), the app
 * asks for `pack-images/<pack id>/<file>`, and the server answers only for a plain file of a
 * raster type straight under that pack's images/ folder. One copy of the rule, run by the
 * renderer's sanitizer (which src may stay) and by the route that serves the files (Electron's
 * app:// handler and `proctor serve` alike). SVG is never an image here: it can carry script.
 */

export const PACK_IMAGES_SEGMENT = 'pack-images';

export const PACK_IMAGE_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

const PACK_ID = '[a-z0-9]+(?:-[a-z0-9]+)*';
/** One path segment: no slash, no leading dot, a raster extension. */
const FILE = '[A-Za-z0-9_-][A-Za-z0-9_.-]{0,150}\\.(?:png|jpe?g|gif|webp)';
const IN_MARKDOWN = new RegExp(`^(?:\\./)?images/(${FILE})$`, 'i');
const ROUTE = new RegExp(`^/${PACK_IMAGES_SEGMENT}/(${PACK_ID})/(${FILE})$`, 'i');
const SRC = new RegExp(`^\\./${PACK_IMAGES_SEGMENT}/${PACK_ID}/${FILE}$`, 'i');

/** The file name of an image reference as packs write it (`images/x.png`), or undefined. */
export function packImageFile(reference: string): string | undefined {
  return IN_MARKDOWN.exec(reference.trim())?.[1];
}

/** Where the app loads an image of a pack from, relative to the page (app:// or http://). */
export function packImageSrc(packId: string, file: string): string {
  return `./${PACK_IMAGES_SEGMENT}/${packId}/${file}`;
}

/** An `img` src the sanitizer may keep: one built by packImageSrc, nothing else. */
export function isPackImageSrc(src: string): boolean {
  return SRC.test(src);
}

export interface PackImageRequest {
  packId: string;
  file: string;
  contentType: string;
}

/** The pack and file a request path names (already percent-decoded once), or undefined. */
export function parsePackImagePath(pathname: string): PackImageRequest | undefined {
  const match = ROUTE.exec(pathname);
  if (!match) return undefined;
  const [, packId, file] = match as unknown as [string, string, string];
  if (packId !== packId.toLowerCase()) return undefined;
  const extension = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  return { packId, file, contentType: PACK_IMAGE_TYPES[extension]! };
}

/**
 * Whether the bytes are what the extension says: a file named .png that holds SVG or HTML is
 * refused, so nothing but a raster image is ever answered, whatever a hostile pack ships.
 */
export function hasImageSignature(bytes: Uint8Array, contentType: string): boolean {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  const ascii = (at: number, text: string) => [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));
  switch (contentType) {
    case 'image/png':
      return starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) && bytes.length > 8;
    case 'image/jpeg':
      return starts(0xff, 0xd8, 0xff);
    case 'image/gif':
      return ascii(0, 'GIF87a') || ascii(0, 'GIF89a');
    case 'image/webp':
      return ascii(0, 'RIFF') && ascii(8, 'WEBP');
    default:
      return false;
  }
}
