/** A renderer that dies is reported and reloaded; the app restores its route, so an exam resumes. */
import { app, dialog, type BrowserWindow } from 'electron';
import { crashMessage, RendererCrashes } from '../../src/node/desktop/renderer-crashes.ts';

export function reloadAfterCrash(window: BrowserWindow): void {
  const crashes = new RendererCrashes();
  window.webContents.on('render-process-gone', (_event, details) => {
    const decision = crashes.decide(details, Date.now());
    if (decision === 'ignore' || window.isDestroyed()) return;
    console.error(`[proctor] the window's renderer is gone (${details.reason}, exit code ${details.exitCode}): ${decision}`);
    const message = crashMessage(details, decision);
    if (decision === 'reload') {
      window.webContents.reload();
      void dialog.showMessageBox(window, message);
      return;
    }
    void dialog.showMessageBox(window, { ...message, defaultId: 0, cancelId: 1 }).then(({ response }) => {
      if (window.isDestroyed()) return;
      if (response === 0) window.webContents.reload();
      else app.quit();
    });
  });
}
