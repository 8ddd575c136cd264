/**
 * The application menu as data: Electron roles for what Electron does itself (edit, zoom, window),
 * named actions for Proctor's own items, which electron/main/menu.ts wires to their handlers.
 */

export type MenuAction = 'open-data-folder' | 'keyboard-shortcuts' | 'about';

export interface MenuSpec {
  label?: string;
  role?: string;
  type?: 'separator';
  accelerator?: string;
  action?: MenuAction;
  submenu?: MenuSpec[];
}

export interface MenuOptions {
  platform: string;
  /** Packaged builds get no reload or developer tools. */
  packaged: boolean;
  appName: string;
}

const separator: MenuSpec = { type: 'separator' };

export function menuTemplate({ platform, packaged, appName }: MenuOptions): MenuSpec[] {
  const mac = platform === 'darwin';
  const about: MenuSpec = { label: `About ${appName}`, action: 'about' };
  const appMenu: MenuSpec[] = mac
    ? [
        {
          label: appName,
          submenu: [
            about,
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : [];
  return [
    ...appMenu,
    {
      label: 'File',
      submenu: [{ label: 'Open data folder', action: 'open-data-folder' }, separator, mac ? { role: 'close' } : { role: 'quit' }],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
        ...(packaged ? [] : [separator, { role: 'reload' }, { role: 'toggleDevTools' }]),
      ],
    },
    { role: 'windowMenu' },
    {
      label: 'Help',
      role: 'help',
      submenu: [
        { label: 'Keyboard shortcuts', accelerator: mac ? 'Cmd+/' : 'F1', action: 'keyboard-shortcuts' },
        ...(mac ? [] : [separator, about]),
      ],
    },
  ];
}
