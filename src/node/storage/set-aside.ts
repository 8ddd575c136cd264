/** A file that cannot be read is moved aside, never written over, and the user is told. */
import { rename } from 'node:fs/promises';
import type { CorruptFileError } from './json-file.ts';
import type { NoticeLog } from './notices.ts';

export function asideName(path: string, at = new Date()): string {
  return `${path}.corrupt-${at.toISOString().replace(/[:.]/g, '-')}`;
}

/** Moves the damaged file aside and adds a notice ending with `then`: what happens next. */
export async function setAside(error: CorruptFileError, notices: NoticeLog, then = 'nothing was written over it.'): Promise<string> {
  const aside = asideName(error.path);
  await rename(error.path, aside);
  notices.add('error', `Could not read ${error.path} (${error.reason}). It was moved to ${aside} and kept as it was; ${then}`);
  return aside;
}
