/** Checklist: contextIsolation, sandbox, no nodeIntegration, no webviews, shown on ready-to-show. */
import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import { placeWindow, type WindowState, type WindowStateKeeper } from '../../src/node/desktop/window-state.ts';
import { APP_ORIGIN } from './app-protocol.ts';
import { reloadAfterCrash } from './crash.ts';

const SIZE = { width: 1200, height: 860, minWidth: 720, minHeight: 560 };

let mainWindow: BrowserWindow | undefined;

/** Opens where it was last closed (on a display that is still there), at its last size. */
export function createMainWindow(windowState: WindowStateKeeper, saved: WindowState | null): BrowserWindow {
  const place = placeWindow(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
    SIZE,
  );
  const window = new BrowserWindow({
    ...(place.x !== undefined && place.y !== undefined ? { x: place.x, y: place.y } : {}),
    width: place.width,
    height: place.height,
    minWidth: SIZE.minWidth,
    minHeight: SIZE.minHeight,
    show: false,
    title: 'Proctor',
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click would otherwise open links in a new Electron window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  mainWindow = window;
  window.once('ready-to-show', () => {
    if (place.fullScreen) window.setFullScreen(true);
    else if (place.maximized) window.maximize();
    window.show();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  windowState.track(window);
  reloadAfterCrash(window);
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

/** A second launch focuses the window that is already open (single-instance lock). */
export function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}
