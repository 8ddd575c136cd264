/**
 * The real desktop app, where an Electron binary and a display exist (a developer's machine):
 * Playwright's `_electron.launch` opens it and checks the window. Skipped, saying why, elsewhere
 * (CI here cannot download Electron); electron-path.spec.ts covers the same glue in Chromium.
 */
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { electronExecutable, hasDisplay } from '../../src/node/desktop/electron-binary.ts';
import { CHANNEL_NAMES } from '../../src/shared/contract/channels.ts';

const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
const binary = electronExecutable(electronDir, process.env, process.platform);
const skipReason = !binary.installed
  ? `no Electron binary at ${binary.path} (it cannot be downloaded on this machine)`
  : !hasDisplay(process.env, process.platform)
    ? 'no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset)'
    : undefined;

test('the desktop app opens its locked-down window on Home (_electron.launch)', async () => {
  if (skipReason) console.log(`electron-launch: skipped: ${skipReason}`);
  test.skip(skipReason !== undefined, skipReason);
  const dataDir = await mkdtemp(join(tmpdir(), 'proctor-electron-'));
  const app = await electron.launch({
    executablePath: binary.path,
    // Chromium refuses to run as root with its sandbox; only then is it turned off.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '.'],
    env: { ...process.env, PROCTOR_DATA_DIR: dataDir },
  });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle('Proctor');
    expect(page.url()).toMatch(/^app:\/\/proctor\//);
    await expect(page.getByRole('button', { name: 'Start full-length exam' }).first()).toBeVisible();
    expect(await page.evaluate(() => Object.keys(window.proctor ?? {}).sort())).toEqual([...CHANNEL_NAMES].sort());
    // No Node in the page (nodeIntegration off, context isolated): only the bridge.
    const globals = await page.evaluate(() => [
      typeof (globalThis as { require?: unknown }).require,
      typeof (globalThis as { process?: unknown }).process,
    ]);
    expect(globals).toEqual(['undefined', 'undefined']);
    expect(await app.evaluate(({ app: electronApp }) => electronApp.isPackaged)).toBe(false);
    const info = await page.evaluate(() => window.proctor!.getAppInfo({}));
    expect(info).toMatchObject({ ok: true, value: { transport: 'electron', dataDir } });
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});
