import { app } from 'electron';
import { defaultPacksDirs, ProctorService } from '../../src/node/service.ts';
import { STARTUP_BACKUP_DELAY_MS } from '../../src/node/storage/backups.ts';
import { packsRoot } from './paths.ts';

/** Starts opening the data; the window loads meanwhile and its calls wait for `ready`. */
export function startService(dataDir: string): ProctorService {
  return ProctorService.start({
    dataDir,
    packsDirs: defaultPacksDirs(packsRoot(), dataDir),
    transport: 'electron',
    version: app.getVersion(),
    startupBackupDelayMs: STARTUP_BACKUP_DELAY_MS,
  });
}

/**
 * On quit, the service stops first: queued writes, a running backup and a schedule rebuild
 * finish (and the window's last position is written) before the process exits. A half-written
 * backup would only be discarded.
 */
export function closeOnQuit(service: ProctorService, windowState: { flush(): Promise<void> }): void {
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    closed = true;
    Promise.all([service.close(), windowState.flush()])
      .catch((error: unknown) => console.error('[proctor] closing failed:', error))
      .finally(() => app.quit());
  });
}
