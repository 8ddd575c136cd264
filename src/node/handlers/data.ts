import { NotFoundError } from '../../core/index.ts';
import type { HandlerDeps, HandlerTable } from './deps.ts';

export function dataHandlers({
  app,
  store,
  backups,
  notices,
  reopenData,
}: HandlerDeps): HandlerTable<'checkData' | 'listBackups' | 'restoreBackup'> {
  return {
    checkData: async () => store.check(),
    listBackups: async () => ({
      dataDir: app.dataDir,
      backups: (await backups.list()).map(({ name, createdAt, reason }) => ({ name, createdAt, reason })),
    }),
    restoreBackup: async ({ name }) => {
      if (!(await backups.list()).some((b) => b.name === name)) throw new NotFoundError(`no backup named "${name}"`);
      const restored = await backups.restore(name);
      await reopenData();
      notices.add(
        'info',
        'Your data was restored from the backup of {date}. The state before the restore was backed up too.',
        restored.createdAt,
      );
      return { restored: { name: restored.name, createdAt: restored.createdAt, reason: restored.reason } };
    },
  };
}
