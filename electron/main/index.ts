/**
 * Electron main process: a table of contents. Each module it wires names the item of
 * Electron's security checklist it covers; behaviour that runs under Node lives in src/.
 */
import { app, dialog } from 'electron';
import { join } from 'node:path';
import { WindowStateKeeper } from '../../src/node/desktop/window-state.ts';
import { defaultDataDir } from '../../src/node/paths.ts';
import { registerAppProtocol, registerAppScheme } from './app-protocol.ts';
import { registerIpc } from './ipc.ts';
import { installMenu } from './menu.ts';
import { hardenSessions, lockDownContents } from './security.ts';
import { closeOnQuit, startService } from './service.ts';
import { createMainWindow, focusMainWindow } from './window.ts';

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // Two instances writing the same data files would corrupt them.
  app.quit();
} else {
  app.enableSandbox();
  lockDownContents();
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  hardenSessions();
  const dataDir = defaultDataDir();
  const service = startService(dataDir);
  let opened = false;
  // Pack images answer once the packs are read; the renderer's own files at once.
  registerAppProtocol(() => (opened ? service.packs : undefined));
  service.ready
    .then(() => (opened = true))
    .catch((error: unknown) => {
      // e.g. data written by a newer Proctor: say which file and what to do, touch nothing.
      dialog.showErrorBox('Proctor cannot open your data', (error as Error).message);
      app.exit(1);
    });
  registerIpc(service);
  const windowState = new WindowStateKeeper(join(dataDir, 'window-state.json'));
  closeOnQuit(service, windowState);
  installMenu(dataDir);
  // The window loads while the data opens (a long history takes a moment to read).
  createMainWindow(windowState, await windowState.read());
}
