/** The one-file backup in the app: made, checked before a restore, restored. */
import { backupFileName, createBackupFile, inspectBackupFile, restoreBackupFile } from '../storage/backup-file.ts';
import type { HandlerDeps, HandlerTable } from './deps.ts';

export function backupFileHandlers({
  app,
  now,
  backups,
  notices,
  reopenData,
  packs,
}: HandlerDeps): HandlerTable<'exportBackupFile' | 'inspectBackupFile' | 'restoreBackupFile'> {
  return {
    exportBackupFile: async () => ({ filename: backupFileName(now()), text: await createBackupFile(app.dataDir, app.version, now()) }),
    inspectBackupFile: async ({ text }) => inspectBackupFile(text, app.dataDir),
    restoreBackupFile: async ({ text }) => {
      const summary = await restoreBackupFile(text, app.dataDir, backups);
      await packs.reload();
      await reopenData();
      notices.add(
        'info',
        'Your data was restored from the backup file of {date}. The data before the restore was backed up too.',
        summary.createdAt,
      );
      return summary;
    },
  };
}
