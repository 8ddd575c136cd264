/**
 * The application menu (src/node/desktop/menu-template.ts) with Proctor's own items wired: open
 * the data folder, the keyboard shortcuts and the About dialog. No developer tools when packaged.
 */
import { app, clipboard, dialog, Menu, shell, type BaseWindow, type MenuItemConstructorOptions, type MessageBoxOptions } from 'electron';
import { release } from 'node:os';
import { aboutText } from '../../src/node/desktop/about.ts';
import { menuTemplate, type MenuAction, type MenuSpec } from '../../src/node/desktop/menu-template.ts';
import { shortcutsText } from '../../src/node/desktop/shortcuts.ts';

function showBox(window: BaseWindow | undefined, options: MessageBoxOptions) {
  return window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
}

export function installMenu(dataDir: string): void {
  const actions: Record<MenuAction, (window: BaseWindow | undefined) => void> = {
    'open-data-folder': () =>
      void shell.openPath(dataDir).then((problem) => {
        if (problem) dialog.showErrorBox('Could not open the data folder', `${dataDir}\n\n${problem}`);
      }),
    'keyboard-shortcuts': (window) =>
      void showBox(window, {
        type: 'info',
        title: 'Keyboard shortcuts',
        message: 'Keyboard shortcuts',
        detail: shortcutsText(process.platform),
        buttons: ['OK'],
      }),
    about: (window) => {
      const about = aboutText({
        appName: app.getName(),
        appVersion: app.getVersion(),
        versions: process.versions,
        platform: process.platform,
        arch: process.arch,
        osRelease: release(),
        dataDir,
      });
      void showBox(window, { type: 'info', ...about, buttons: ['OK', 'Copy'], defaultId: 0, cancelId: 0 }).then(({ response }) => {
        if (response === 1) void clipboard.writeText(`${about.message}\n${about.detail}`);
      });
    },
  };
  const toElectron = (spec: MenuSpec): MenuItemConstructorOptions => {
    const { action, submenu, role, ...rest } = spec;
    return {
      ...rest,
      ...(role ? { role: role as MenuItemConstructorOptions['role'] } : {}),
      ...(action ? { click: (_item, window) => actions[action](window) } : {}),
      ...(submenu ? { submenu: submenu.map(toElectron) } : {}),
    };
  };
  const template = menuTemplate({ platform: process.platform, packaged: app.isPackaged, appName: app.getName() });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template.map(toElectron)));
}
