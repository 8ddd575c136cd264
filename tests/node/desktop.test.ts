/** The desktop behaviour that runs under Node: window placement and state, crash policy, menu, help. */
import { EventEmitter } from 'node:events';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aboutText } from '../../src/node/desktop/about.ts';
import { menuTemplate, type MenuSpec } from '../../src/node/desktop/menu-template.ts';
import { crashMessage, RendererCrashes } from '../../src/node/desktop/renderer-crashes.ts';
import { shortcutSections, shortcutsText } from '../../src/node/desktop/shortcuts.ts';
import { placeWindow, WindowStateKeeper, type WindowState } from '../../src/node/desktop/window-state.ts';
import { KEY_HELP, keyToCommand } from '../../src/core/rules/exam-keys.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();
const SIZE = { width: 1200, height: 860, minWidth: 720, minHeight: 560 };
const laptop = { x: 0, y: 0, width: 1440, height: 877 };
const monitor = { x: 1440, y: -200, width: 2560, height: 1400 };
const saved = (x: number, y: number, width: number, height: number, maximized = false): WindowState => ({
  schemaVersion: 1,
  bounds: { x, y, width, height },
  maximized,
  fullScreen: false,
});

describe('placeWindow', () => {
  it('opens at the default size, centred, the first time, fitted to a small screen', () => {
    expect(placeWindow(null, [laptop], SIZE)).toEqual({ width: 1200, height: 860, maximized: false, fullScreen: false });
    expect(placeWindow(null, [{ x: 0, y: 0, width: 1024, height: 700 }], SIZE)).toMatchObject({ width: 1024, height: 700 });
  });

  it('keeps a window where it was on any display that is there', () => {
    expect(placeWindow(saved(100, 50, 1000, 700), [laptop, monitor], SIZE)).toEqual({
      x: 100,
      y: 50,
      width: 1000,
      height: 700,
      maximized: false,
      fullScreen: false,
    });
    expect(placeWindow(saved(2000, 0, 1600, 1000, true), [laptop, monitor], SIZE)).toMatchObject({ x: 2000, y: 0, maximized: true });
  });

  it('pulls a window hanging off a display back onto it, and shrinks one larger than it', () => {
    expect(placeWindow(saved(1000, 600, 1000, 700), [laptop], SIZE)).toMatchObject({ x: 440, y: 177, width: 1000, height: 700 });
    expect(placeWindow(saved(-50, -30, 3000, 2000), [laptop], SIZE)).toMatchObject({ x: 0, y: 0, width: 1440, height: 877 });
    expect(placeWindow(saved(10, 10, 200, 100), [laptop], SIZE)).toMatchObject({ width: 720, height: 560 });
  });

  it('moves a window from an unplugged monitor to the primary display, keeping its size if it fits', () => {
    expect(placeWindow(saved(2000, 100, 1100, 800, true), [laptop], SIZE)).toEqual({
      width: 1100,
      height: 800,
      maximized: true,
      fullScreen: false,
    });
  });
});

class FakeWindow extends EventEmitter {
  bounds = { x: 10, y: 20, width: 900, height: 700 };
  maximized = false;
  destroyed = false;
  getNormalBounds = () => ({ ...this.bounds });
  isMaximized = () => this.maximized;
  isFullScreen = () => false;
  isDestroyed = () => this.destroyed;
}

describe('WindowStateKeeper', () => {
  it('writes a moment after moves, at once on close, and reads it back', async () => {
    const path = join(await tempDir(), 'window-state.json');
    const keeper = new WindowStateKeeper(path, 20);
    const window = new FakeWindow();
    keeper.track(window);
    expect(await keeper.read()).toBeNull();
    window.bounds = { x: 1, y: 2, width: 1000, height: 800 };
    window.emit('move');
    window.emit('resize');
    await new Promise((r) => setTimeout(r, 80));
    await keeper.flush();
    expect((await keeper.read())?.bounds).toEqual({ x: 1, y: 2, width: 1000, height: 800 });
    window.maximized = true;
    window.emit('close');
    await keeper.flush();
    expect(await keeper.read()).toMatchObject({ maximized: true });
  });

  it('treats a damaged or foreign file as no state, and says so', async () => {
    const path = join(await tempDir(), 'window-state.json');
    const logged: string[] = [];
    const keeper = new WindowStateKeeper(path, 20, (m) => logged.push(m));
    for (const text of ['', '{', 'null', '{"schemaVersion":1,"bounds":{"x":"a"}}', '{"schemaVersion":2}']) {
      await writeFile(path, text);
      expect(await keeper.read(), text).toBeNull();
    }
    expect(logged).toHaveLength(5);
    await keeper.save(new FakeWindow());
    expect(JSON.parse(await readFile(path, 'utf8')).bounds).toEqual({ x: 10, y: 20, width: 900, height: 700 });
  });
});

describe('RendererCrashes', () => {
  it('ignores a clean exit, reloads twice a minute and then asks', () => {
    const crashes = new RendererCrashes();
    const gone = { reason: 'crashed', exitCode: 1 };
    expect(crashes.decide({ reason: 'clean-exit', exitCode: 0 }, 0)).toBe('ignore');
    expect(crashes.decide(gone, 0)).toBe('reload');
    expect(crashes.decide(gone, 10_000)).toBe('reload');
    expect(crashes.decide(gone, 20_000)).toBe('ask');
    expect(crashes.decide(gone, 200_000)).toBe('reload');
  });

  it('says what happened and that nothing was lost', () => {
    const reload = crashMessage({ reason: 'oom', exitCode: 9 }, 'reload');
    expect(reload.detail).toContain('it ran out of memory (exit code 9)');
    expect(reload.detail).toContain('saved');
    expect(crashMessage({ reason: 'something-new', exitCode: 1 }, 'ask')).toMatchObject({ buttons: ['Reload', 'Quit'], type: 'error' });
  });
});

describe('help and about', () => {
  it('lists the exam keys the exam screen runs, and the window keys of the menu', () => {
    const exam = shortcutSections('linux')[0]!;
    expect(exam.shortcuts.map((s) => [s.keys.join(), s.does])).toEqual(KEY_HELP.map(([keys, does]) => [keys, does]));
    const press = (key: string, shiftKey = false) =>
      keyToCommand({ key, code: '', shiftKey, ctrlKey: false, metaKey: false, altKey: false }, 6);
    expect(press('f')).toEqual({ type: 'select', index: 5 });
    expect(press('m')).toEqual({ type: 'flag' });
    expect(press('B', true)).toEqual({ type: 'strike', index: 1 });
    expect(press('ArrowRight')).toEqual({ type: 'next' });
    expect(press('Enter')).toEqual({ type: 'enter' });
    const practice = shortcutSections('linux')[1]!;
    expect(practice.shortcuts.map((s) => s.keys.join())).toEqual(['Enter']);
    expect(shortcutsText('darwin')).toContain('Cmd+Plus');
    expect(shortcutsText('win32')).toContain('Alt+F4');
  });

  it('names every version a bug report needs', () => {
    const about = aboutText({
      appName: 'Proctor',
      appVersion: '1.2.3',
      versions: { electron: '45.5.0', chrome: '142.0.1', node: '22.20.0', v8: '14.2' },
      platform: 'darwin',
      arch: 'arm64',
      osRelease: '25.1.0',
      dataDir: '/Users/me/Library/Application Support/Proctor',
    });
    expect(about.message).toBe('Proctor 1.2.3');
    for (const line of ['Electron 45.5.0', 'Chromium 142.0.1', 'Node 22.20.0', 'macOS 25.1.0 (arm64)', 'Data folder: /Users/me/Library']) {
      expect(about.detail).toContain(line);
    }
  });
});

describe('menuTemplate', () => {
  const flat = (items: MenuSpec[]): MenuSpec[] => items.flatMap((item) => [item, ...flat(item.submenu ?? [])]);
  it('has the data folder, shortcuts and About on every platform, About in the app menu on macOS', () => {
    for (const platform of ['linux', 'win32', 'darwin']) {
      const items = flat(menuTemplate({ platform, packaged: true, appName: 'Proctor' }));
      expect(
        items
          .filter((i) => i.action)
          .map((i) => i.action)
          .sort(),
        platform,
      ).toEqual(['about', 'keyboard-shortcuts', 'open-data-folder']);
      expect(items.some((i) => i.role === 'toggleDevTools')).toBe(false);
    }
    const mac = menuTemplate({ platform: 'darwin', packaged: false, appName: 'Proctor' });
    expect(mac[0]!.submenu![0]).toEqual({ label: 'About Proctor', action: 'about' });
    expect(flat(mac).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});
