/**
 * A whole exam through the Electron path (see electron-bridge.ts): the renderer served by the
 * real app:// handler and session hooks, `window.proctor` the real preload's bridge to the real
 * ipcMain handlers. A renderer crash mid-exam is reloaded and the attempt resumes.
 */
import { test, expect } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHANNEL_NAMES } from '../../src/shared/contract/channels.ts';
import { openElectronPath, SHOWN_AT, type ElectronPath } from './electron-bridge.ts';
import { answerCurrent } from './fixtures.ts';

const FLAGGED = new Set([2, 31, 50]);
const UNANSWERED = new Set([7]);

let app: ElectronPath;
let dir: string;
test.beforeEach(async ({ browser }) => {
  dir = await mkdtemp(join(tmpdir(), 'proctor-electron-path-'));
  app = await openElectronPath(browser, join(dir, 'data'));
});
test.afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

async function answerAndMove(n: number, last: number) {
  const page = app.page();
  await expect(page.locator('.position')).toHaveText(`Question ${n} of 65`);
  if (!UNANSWERED.has(n)) await answerCurrent(page);
  if (FLAGGED.has(n)) await page.keyboard.press('m');
  if (n < last) await page.keyboard.press(n % 2 ? 'n' : 'ArrowRight');
}

test('a whole exam through app:// and the preload bridge, with a renderer crash mid-exam, results and review', async () => {
  let page = app.page();
  expect(new URL(page.url()).origin).toBe(SHOWN_AT);
  // The renderer talks through the preload's bridge, not HTTP: its keys are the contract's.
  expect(await page.evaluate(() => Object.keys(window.proctor ?? {}).sort())).toEqual([...CHANNEL_NAMES].sort());
  expect(
    await page.evaluate(async () => ((await window.proctor!.getAppInfo({})) as { value: { transport: string } }).value.transport),
  ).toBe('electron');

  await page.getByRole('button', { name: 'Start full-length exam' }).first().click();
  for (let n = 1; n <= 30; n++) await answerAndMove(n, 65);
  await expect(page.locator('.position')).toHaveText('Question 31 of 65');
  await expect(page.locator('.save-state')).toHaveText('Saved');
  const examUrl = page.url();
  expect(examUrl).toMatch(/#\/exam\//);

  // The renderer crashes: the main process reports it and reloads; the exam resumes where it was.
  await app.crash();
  page = app.page();
  expect(page.url()).toBe(examUrl);
  await expect(page.locator('.position')).toHaveText('Question 31 of 65');
  const reported = app.main.fake.callsOf('dialog.showMessageBox').map(([box]) => (box as { detail: string }).detail);
  expect(reported).toHaveLength(1);
  expect(reported[0]).toContain('because it crashed');
  await page.getByRole('button', { name: 'Review all' }).click();
  await expect(page.locator('.review-cell[data-status="unanswered"]')).toHaveCount(65 - 29);
  await expect(page.locator('.review-cell[data-flagged="true"]')).toHaveCount(1);
  await page.locator('.review-cell').nth(30).click();

  for (let n = 31; n <= 65; n++) await answerAndMove(n, 65);
  await expect(page.locator('.save-state')).toHaveText('Saved');
  await page.getByRole('button', { name: 'Review all' }).click();
  await expect(page.locator('.review-cell[data-status="unanswered"]')).toHaveCount(1);
  await expect(page.locator('.review-cell[data-flagged="true"]')).toHaveCount(3);
  await page.getByRole('button', { name: 'End exam' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'End exam' }).click();

  await expect(page.getByRole('heading', { name: /Results/ })).toBeVisible();
  const [, correct, total] = /\((\d+) of (\d+)\)/.exec((await page.getByTestId('percent').textContent())!)!;
  expect(Number(total)).toBe(65);
  const scaled = Number(/^(\d+)/.exec((await page.getByTestId('scaled').textContent())!)![1]);
  expect(scaled).toBe(Math.round(100 + (900 * Number(correct)) / 65));
  await expect(page.getByTestId('verdict')).toHaveText(scaled >= 720 ? 'PASS' : 'FAIL');
  await expect(page.locator('table.domains tbody tr')).toHaveCount(4);

  await page.getByRole('link', { name: 'Review answers' }).click();
  await expect(page.locator('article.review-item')).toHaveCount(65);
  await page.getByRole('button', { name: /^Flagged/ }).click();
  await expect(page.locator('article.review-item')).toHaveCount(3);
  await page.getByRole('button', { name: /^Unanswered/ }).click();
  await expect(page.locator('article.review-item')).toHaveCount(1);
  await page.getByRole('button', { name: /^All/ }).click();
  // A documentation link asks for a new window: the real handler denies it and hands the URL
  // to the system browser.
  const link = page.locator('article.review-item').first().locator('.references a').first();
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await expect.poll(() => app.windowOpens).toEqual([{ url: href, action: 'deny' }]);
  expect(app.main.fake.callsOf('shell.openExternal')).toEqual([[href]]);

  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByTestId('score-chart')).toHaveAttribute('data-points', '1');
  await expect(page.locator('table.attempts tbody tr')).toContainText(String(scaled));
  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page.locator('table.attempts tbody tr')).toContainText(scaled >= 720 ? 'Pass' : 'Fail');

  expect(app.blocked).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
});

test('the session refuses what is not app://, and IPC from another origin is refused', async () => {
  const page = app.page();
  await expect(page.getByRole('button', { name: 'Start full-length exam' }).first()).toBeVisible();
  // A remote image (as a hostile pack might link) never loads: the CSP the handler and the
  // session set refuses it before any request is made.
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'https://tracker.example.com/pixel.png';
    document.body.append(img);
  });
  await expect.poll(() => app.consoleErrors.join('\n')).toContain('Content Security Policy');
  // The page cannot navigate away from the app (will-navigate), and stays where it was.
  const before = page.url();
  await page.evaluate(() => void (window.location.href = 'https://evil.example.com/'));
  await expect.poll(() => app.refusedNavigations).toEqual(['https://evil.example.com/']);
  expect(page.url()).toBe(before);
  await expect(page.getByRole('button', { name: 'Start full-length exam' }).first()).toBeVisible();
  // A frame that is not the app's own top-level frame is refused by the main process.
  const answer = await page.evaluate(async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>not the app</p>';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve));
    const ipc = (frame.contentWindow as unknown as { __proctorIpc: (c: string, r: unknown) => Promise<unknown> }).__proctorIpc;
    return ipc('listAttempts', {});
  });
  expect(answer).toEqual({ ok: false, error: { code: 'forbidden', message: 'IPC from an untrusted frame was refused' } });
});
