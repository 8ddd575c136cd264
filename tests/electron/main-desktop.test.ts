/** The built main process's desktop habits: window state between runs, the menu and its dialogs. */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../fixtures/temp.ts';
import { startMain, until, type RunningMain } from './harness/load.ts';

const tempDir = useTempDirs();
let running: RunningMain | undefined;
afterEach(async () => {
  await running?.quit();
  running = undefined;
});

type Item = { label?: string; role?: string; submenu?: Item[]; accelerator?: string; click?: (item: unknown, window: unknown) => void };
function menuItems(main: RunningMain): Item[] {
  const template = main.fake.callsOf('Menu.setApplicationMenu').at(-1)![0] as Item[];
  const all: Item[] = [];
  const walk = (items: Item[]) => items.forEach((item) => (all.push(item), item.submenu && walk(item.submenu)));
  walk(template);
  return all;
}

describe('window size and position', () => {
  it('opens where it was closed, maximized again if it was', async () => {
    const dataDir = join(await tempDir(), 'data');
    running = await startMain(dataDir);
    let window = running.fake.windows[0]!;
    expect(window.options).toMatchObject({ width: 1200, height: 860 });
    expect(window.options).not.toHaveProperty('x');
    window.setBounds({ x: 40, y: 30, width: 1000, height: 700 });
    window.maximize();
    window.close();
    await running.quit();
    expect(JSON.parse(await readFile(join(dataDir, 'window-state.json'), 'utf8'))).toEqual({
      schemaVersion: 1,
      bounds: { x: 40, y: 30, width: 1000, height: 700 },
      maximized: true,
      fullScreen: false,
    });

    running = await startMain(dataDir);
    window = running.fake.windows[0]!;
    expect(window.options).toMatchObject({ x: 40, y: 30, width: 1000, height: 700 });
    expect(window.isMaximized()).toBe(false);
    window.emit('ready-to-show');
    expect(window.isMaximized()).toBe(true);
    expect(window.visible).toBe(true);
  });

  it('keeps a moved window even if the app is killed before it closes', async () => {
    const dataDir = join(await tempDir(), 'data');
    running = await startMain(dataDir);
    running.fake.windows[0]!.setBounds({ x: 300, y: 200, width: 900, height: 650 });
    // Written a moment after the move, without waiting for the window to close.
    const path = join(dataDir, 'window-state.json');
    let saved: { bounds?: unknown } = {};
    await until(() => {
      void readFile(path, 'utf8').then(
        (text) => (saved = JSON.parse(text)),
        () => {},
      );
      return JSON.stringify(saved.bounds) === JSON.stringify({ x: 300, y: 200, width: 900, height: 650 });
    }, 'the window state to be written');
    expect(running.fake.windows[0]!.destroyed).toBe(false);
  });

  it('opens on a display that is there when its monitor is gone, and at defaults when the file is damaged', async () => {
    const dataDir = join(await tempDir(), 'data');
    await mkdir(dataDir, { recursive: true });
    const state = { schemaVersion: 1, bounds: { x: 2500, y: 100, width: 1400, height: 900 }, maximized: false, fullScreen: false };
    await writeFile(join(dataDir, 'window-state.json'), JSON.stringify(state));
    running = await startMain(dataDir, { displays: [{ x: 0, y: 0, width: 1280, height: 800 }] });
    expect(running.fake.windows[0]!.options).toMatchObject({ width: 1280, height: 800 });
    expect(running.fake.windows[0]!.options).not.toHaveProperty('x');
    await running.quit();

    await writeFile(join(dataDir, 'window-state.json'), '{"schemaVersion":1,"bounds":');
    running = await startMain(dataDir);
    expect(running.fake.windows[0]!.options).toMatchObject({ width: 1200, height: 860 });
  });
});

describe('the menu', () => {
  it('opens the data folder', async () => {
    const dataDir = join(await tempDir(), 'data');
    running = await startMain(dataDir);
    menuItems(running).find((i) => i.label === 'Open data folder')!.click!({}, running.fake.windows[0]);
    expect(running.fake.callsOf('shell.openPath')).toEqual([[dataDir]]);
  });

  it('lists the keyboard shortcuts under Help', async () => {
    running = await startMain(join(await tempDir(), 'data'));
    const help = menuItems(running).find((i) => i.label === 'Help')!;
    const item = help.submenu!.find((i) => i.label === 'Keyboard shortcuts')!;
    expect(item.accelerator).toBe(process.platform === 'darwin' ? 'Cmd+/' : 'F1');
    item.click!({}, running.fake.windows[0]);
    const [box] = running.fake.callsOf('dialog.showMessageBox').at(-1)! as [{ title: string; detail: string }];
    expect(box.title).toBe('Keyboard shortcuts');
    expect(box.detail).toContain('N or →  —  next question');
    expect(box.detail).toContain('M  —  mark (flag) the question for review');
  });

  it('shows About with the app, Electron, Chromium and Node versions, and copies them', async () => {
    const versions = process.versions as Record<string, string>;
    Object.assign(versions, { electron: '45.5.0', chrome: '142.0.7444.52' });
    try {
      running = await startMain(join(await tempDir(), 'data'), {
        version: '0.1.0',
        messageBoxResponse: ({ buttons }) => (buttons?.includes('Copy') ? 1 : 0),
      });
      menuItems(running).find((i) => i.label === 'About Proctor')!.click!({}, running.fake.windows[0]);
      const [box] = running.fake.callsOf('dialog.showMessageBox').at(-1)! as [{ message: string; detail: string }];
      expect(box.message).toBe('Proctor 0.1.0');
      for (const line of ['Electron 45.5.0', 'Chromium 142.0.7444.52', `Node ${process.versions.node}`]) expect(box.detail).toContain(line);
      await until(() => running!.fake.callsOf('clipboard.writeText').length > 0, 'the copy');
      expect(running.fake.callsOf('clipboard.writeText')[0]![0]).toContain('Electron 45.5.0');
    } finally {
      delete versions.electron;
      delete versions.chrome;
    }
  });

  it('has reload and developer tools only when not packaged', async () => {
    running = await startMain(join(await tempDir(), 'data'));
    expect(menuItems(running).some((i) => i.role === 'toggleDevTools')).toBe(true);
    await running.quit();
    running = await startMain(join(await tempDir(), 'data'), { isPackaged: true });
    expect(menuItems(running).some((i) => i.role === 'toggleDevTools' || i.role === 'reload')).toBe(false);
  });
});
