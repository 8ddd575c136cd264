/** Settings as a user changes them: theme and text size apply at once, survive a reload and a restart, and reach the exam. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, startServer, stopServer, test } from './fixtures.ts';

const rootFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const DARK_BG = 'rgb(17, 19, 24)';
const LIGHT_BG = 'rgb(247, 247, 248)';

test('theme and text size change at once, and survive a reload and a restart of the server', async ({ page }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'proctor-settings-'));
  try {
    let server = await startServer(dataDir);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(server.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    expect(await rootFontSize(page)).toBe('16px');
    expect(await background(page)).toBe(LIGHT_BG);

    // From the keyboard: the theme group's radios, then the text size's.
    await page.getByRole('radio', { name: /^System/ }).focus();
    await page.keyboard.press('ArrowRight'); // Light
    await page.keyboard.press('ArrowRight'); // Dark
    await expect(page.getByRole('radio', { name: 'Dark', exact: true })).toBeChecked();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect.poll(() => background(page)).toBe(DARK_BG);
    await page.getByRole('radio', { name: 'Large', exact: true }).check();
    await expect.poll(() => rootFontSize(page)).toBe('18px');
    await page.getByRole('radio', { name: /As soon as I have answered/ }).check();
    await expect
      .poll(async () => JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')))
      .toMatchObject({
        schemaVersion: 2,
        settings: { theme: 'dark', textSize: 'large', practiceReveal: 'at-once' },
      });

    await page.reload();
    await expect(page.getByRole('radio', { name: 'Dark', exact: true })).toBeChecked();
    expect(await rootFontSize(page)).toBe('18px');
    expect(await background(page)).toBe(DARK_BG);

    // A new server (a new port, so nothing cached in the browser counts): the file decides.
    await stopServer(server);
    server = await startServer(dataDir);
    await page.goto(server.url);
    await expect(page.getByRole('button', { name: 'Start full-length exam' }).first()).toBeVisible();
    await expect.poll(() => background(page)).toBe(DARK_BG);
    await expect.poll(() => rootFontSize(page)).toBe('18px');
    // The exam screen follows the text size: its question text is larger than at the default.
    await page.getByRole('button', { name: 'Start full-length exam' }).first().click();
    await expect(page.getByText('Question 1 of 65')).toBeVisible();
    const stemLarge = await page
      .locator('.options label.option')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(stemLarge).toBeGreaterThanOrEqual(18);
    await page.goto(`${server.url}#/settings`);
    await page.getByRole('radio', { name: 'Small', exact: true }).check();
    await page.getByRole('radio', { name: 'Light', exact: true }).check();
    await expect.poll(() => rootFontSize(page)).toBe('14px');
    await expect.poll(() => background(page)).toBe(LIGHT_BG);
    await stopServer(server);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('the exam hides the time when the settings say so, and "Show time" brings it back', async ({ page, server }) => {
  await page.goto(`${server.url}#/settings`);
  await page.getByRole('checkbox', { name: 'Show the time remaining' }).uncheck();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Start full-length exam' }).first().click();
  await expect(page.getByText('Question 1 of 65')).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText('');
  await page.getByRole('button', { name: 'Show time' }).click();
  await expect(page.getByRole('timer')).toHaveText(/2:(0\d|10):\d\d/);
});

test('a damaged settings file is set aside, the defaults are used and the user is told', async ({ page }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'proctor-settings-'));
  try {
    await writeFile(join(dataDir, 'settings.json'), '{"schemaVersion":2,"settings":{"theme":');
    const server = await startServer(dataDir);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(server.url);
    await expect(
      page.getByRole('alert').filter({ hasText: /settings\.json .*moved to .*settings are back to their defaults/ }),
    ).toBeVisible();
    await page.goto(`${server.url}#/settings`);
    await expect(page.getByRole('radio', { name: /^System/ })).toBeChecked();
    await expect(page.getByRole('radio', { name: /^Medium/ })).toBeChecked();
    await stopServer(server);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
