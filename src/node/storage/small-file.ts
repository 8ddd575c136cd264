/**
 * A small lowdb file of the user's (reports, review records): validated on read; a file that
 * cannot be read is set aside with a notice and never written over.
 */
import { rename } from 'node:fs/promises';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { CorruptFileError, ValidatedJsonFile } from './json-file.ts';
import { migrate } from './migrations.ts';
import type { NoticeLog } from './notices.ts';

export async function openSmallFile<T>(
  path: string,
  schema: z.ZodType<T>,
  fresh: () => T,
  notices: NoticeLog,
  what: string,
): Promise<{ db: Low<T>; existed: boolean }> {
  const adapter = new ValidatedJsonFile(path, schema, migrate);
  let data: T | null = null;
  try {
    data = await adapter.read();
  } catch (error) {
    if (!(error instanceof CorruptFileError)) throw error;
    const aside = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await rename(path, aside);
    notices.add('error', `Could not read ${path} (${error.reason}). It was moved to ${aside} and kept as it was; ${what}`);
  }
  return { db: new Low(adapter, data ?? fresh()), existed: data !== null };
}
