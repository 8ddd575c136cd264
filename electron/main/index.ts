/**
 * Electron main process: a table of contents. Each module it wires names the item of
 * Electron's security checklist it covers; all behaviour lives in src/ and is tested there.
 */
import { app, dialog } from 'electron';
import { registerAppProtocol, registerAppScheme } from './app-protocol.ts';
import { registerIpc } from './ipc.ts';
import { installMenu } from './menu.ts';
import { hardenSessions, lockDownContents } from './security.ts';
import { createMainWindow } from './window.ts';
import { closeOnQuit, createService } from './service.ts';
import type { ProctorService } from '../../src/node/service.ts';

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // Two instances writing the same data files would corrupt them.
  app.quit();
} else {
  app.enableSandbox();
  lockDownContents();
  app.on('second-instance', () => createMainWindow.focusExisting());
  app.on('window-all-closed', () => app.quit());
  let service: ProctorService | undefined;
  void app.whenReady().then(async () => {
    hardenSessions();
    registerAppProtocol(() => service?.packs);
    installMenu();
    try {
      service = await createService();
      registerIpc(service);
      closeOnQuit(service);
    } catch (error) {
      // e.g. data written by a newer Proctor: say which file and what to do, touch nothing.
      dialog.showErrorBox('Proctor cannot open your data', (error as Error).message);
      app.exit(1);
      return;
    }
    createMainWindow();
  });
}
