/**
 * A small lowdb file of the user's (reports, the spaced-review schedule): validated on read; a file
 * that cannot be read is set aside with a notice and never written over.
 */
import { Low } from 'lowdb';
import type { z } from 'zod';
import { CorruptFileError, ValidatedJsonFile } from './json-file.ts';
import { migrate } from './migrations.ts';
import type { NoticeLog } from './notices.ts';
import { setAside } from './set-aside.ts';

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
    await setAside(error, notices, what);
  }
  return { db: new Low(adapter, data ?? fresh()), existed: data !== null };
}
