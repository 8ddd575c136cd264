/**
 * Brings every stored file to the current schema version, after a backup. Runs once, when the
 * index says the folder is older than this build.
 */
import { open, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BackupManager } from './backups.ts';
import { writeFileDurable } from './durable-write.ts';
import { migrate, versionOf } from './migrations.ts';
import type { NoticeLog } from './notices.ts';
import { attemptFileSchema, CURRENT_SCHEMA_VERSION, indexFileSchema } from './stored-schemas.ts';

const SMALL_FILES = ['reports.json', 'review.json'];

/** Proctor writes `{"schemaVersion":N,` first: a current index is known from its first bytes. */
async function isCurrent(indexPath: string): Promise<boolean> {
  try {
    const file = await open(indexPath, 'r');
    try {
      const { buffer, bytesRead } = await file.read(Buffer.alloc(64), 0, 64, 0);
      const match = /^\{"schemaVersion":(\d+)[,}]/.exec(buffer.toString('utf8', 0, bytesRead));
      return match !== null && Number(match[1]) === CURRENT_SCHEMA_VERSION;
    } finally {
      await file.close();
    }
  } catch {
    return false;
  }
}

export async function migrateFolder(
  indexPath: string,
  attemptsDir: string,
  backups: BackupManager | undefined,
  notices: NoticeLog,
): Promise<void> {
  // Parsing a large index only to read its version would double the cost of every start.
  if (await isCurrent(indexPath)) return;
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(indexPath, 'utf8'));
  } catch {
    return; // missing or unreadable: the store's start-up handles both
  }
  const version = versionOf(raw);
  if (version < 0 || version >= CURRENT_SCHEMA_VERSION) return;
  await backups?.backup('before-migration', true);
  for (const name of await readdir(attemptsDir)) {
    if (!name.endsWith('.json')) continue;
    const path = join(attemptsDir, name);
    try {
      const data = attemptFileSchema.parse(migrate(JSON.parse(await readFile(path, 'utf8')), path));
      await writeFileDurable(path, JSON.stringify(data));
    } catch {
      /* left as it is: the normal read path sets it aside and tells the user */
    }
  }
  // The small files next to the index (reports, the review schedule) are checked by their stores
  // when they open; here they are only brought up to date, while the backup holds the originals.
  for (const name of SMALL_FILES) {
    const path = join(dirname(indexPath), name);
    try {
      const data = migrate(JSON.parse(await readFile(path, 'utf8')), path);
      if (versionOf(data) === CURRENT_SCHEMA_VERSION) await writeFileDurable(path, JSON.stringify(data));
    } catch {
      /* missing, unreadable or newer: the store's own open handles each */
    }
  }
  const index = indexFileSchema.safeParse(migrate(raw, indexPath));
  if (index.success) await writeFileDurable(indexPath, JSON.stringify(index.data));
  notices.add(
    'info',
    `Your data was upgraded from version ${version} to ${CURRENT_SCHEMA_VERSION}; a backup of the old files was taken first.`,
  );
}
