/**
 * The largest files Proctor reads, checked by the renderer before it reads a picked file (so a
 * huge file gets a plain message at once) and by the main process, which refuses them anyway.
 */

/** A question bank to import (Aiken, GIFT, Moodle XML, markdown). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** All the images picked together with a bank, together. */
export const MAX_IMPORT_IMAGES_BYTES = 4 * 1024 * 1024;

/** One image of a pack. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** A one-file backup: a long history and imported packs with their images. */
export const MAX_BACKUP_FILE_BYTES = 256 * 1024 * 1024;

/** "10 MB", for messages. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
