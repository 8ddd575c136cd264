import { app } from 'electron';
import { defaultDataDir } from '../../src/node/paths.ts';
import { defaultPacksDirs, ProctorService } from '../../src/node/service.ts';
import { packsRoot } from './paths.ts';

export function createService(): Promise<ProctorService> {
  const dataDir = defaultDataDir();
  return ProctorService.open({
    dataDir,
    packsDirs: defaultPacksDirs(packsRoot(), dataDir),
    transport: 'electron',
    version: app.getVersion(),
  });
}

/**
 * On quit, the service stops first: queued writes, a running backup and a schedule rebuild
 * finish before the process exits (a half-written backup would only be discarded).
 */
export function closeOnQuit(service: ProctorService): void {
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    closed = true;
    service
      .close()
      .catch((error: unknown) => console.error('[proctor] closing failed:', error))
      .finally(() => app.quit());
  });
}
