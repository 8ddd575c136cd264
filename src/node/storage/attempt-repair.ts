/** Puts back the newest backed-up copy of a damaged attempt file that passes validation. */
import type { BackupManager } from './backups.ts';
import { writeFileDurable } from './durable-write.ts';
import { migrate } from './migrations.ts';
import type { NoticeLog } from './notices.ts';
import { attemptFileSchema, type AttemptFile } from './stored-schemas.ts';

export async function restoreAttemptFromBackup(
  id: string,
  path: string,
  backups: BackupManager | undefined,
  notices: NoticeLog,
): Promise<AttemptFile | null> {
  if (!backups) return null;
  const isGood = (text: string) => {
    try {
      return attemptFileSchema.safeParse(migrate(JSON.parse(text), path)).success;
    } catch {
      return false;
    }
  };
  const copy = await backups.newestGoodCopy(`attempts/${id}.json`, isGood);
  if (!copy) {
    notices.add('error', `No backup holds a readable copy of attempt ${id}; it is left out of your history.`);
    return null;
  }
  await backups.backup('before-restore', true);
  await writeFileDurable(path, copy.text);
  const restored = attemptFileSchema.parse(migrate(JSON.parse(copy.text), path));
  notices.add(
    'warning',
    `Attempt ${id} was restored from the backup of {date}; changes made after that backup are lost.`,
    copy.backup.createdAt,
  );
  return restored;
}
