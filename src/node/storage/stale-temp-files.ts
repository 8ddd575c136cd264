import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A write interrupted by a crash leaves its temp file behind; the real file is intact. A temp
 * file of this process is a write in progress (the window's state, saved while the data opens).
 */
export async function removeStaleTempFiles(dirs: string[]): Promise<void> {
  const ours = `.${process.pid}.`;
  for (const dir of dirs) {
    for (const name of await readdir(dir)) {
      if (name.startsWith('.') && name.endsWith('.tmp') && !name.includes(ours)) await rm(join(dir, name), { force: true });
    }
  }
}
