import { app } from 'electron';
import { defaultDataDir } from '../../src/node/paths.ts';
import { defaultPacksDirs, ProctorService } from '../../src/node/service.ts';
import { packsRoot } from './paths.ts';

export async function createService(): Promise<ProctorService> {
  const dataDir = defaultDataDir();
  const service = new ProctorService({
    dataDir,
    packsDirs: defaultPacksDirs(packsRoot(), dataDir),
    transport: 'electron',
    version: app.getVersion(),
  });
  await service.init();
  service.startBackupTimer();
  return service;
}
