/** What is saved, and what the user is told, when saves queue up or another tab changes the attempt. */
import { answerCurrent, expect, startFullExam, test } from './fixtures.ts';

test('with saves still queued, leaving the page asks first, and once saved every answer is there', async ({ page, server }) => {
  await startFullExam(page, server);
  // A slow disk: every save takes 250 ms.
  await page.route('**/api/act', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 250));
    await route.continue();
  });
  for (let n = 1; n <= 8; n++) {
    await answerCurrent(page);
    await page.keyboard.press('n');
  }
  await expect(page.locator('.save-state')).toHaveText('Saving…');
  const asked = page.waitForEvent('dialog');
  void page.reload().catch(() => undefined);
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await expect(page.locator('.save-state')).toHaveText('Saved', { timeout: 20_000 });
  await page.unroute('**/api/act');
  await page.reload();
  await page.getByRole('button', { name: 'Review all' }).click();
  await expect(page.getByTestId('review-counts')).toContainText('8 answered');
});

test('an answer given in another tab is detected on the next change: the tab shows it and says so', async ({ page, server, context }) => {
  await startFullExam(page, server);
  const examUrl = page.url();
  const other = await context.newPage();
  await other.goto(server.url);
  await other.goto(examUrl);
  await expect(other.locator('.position')).toHaveText('Question 1 of 65');
  // Tab B answers the first question; tab A, which has not seen it, then answers differently.
  await answerCurrent(other, (n) => Array.from({ length: n }, (_, i) => i + 1));
  await expect(other.locator('.save-state')).toHaveText('Saved');
  // One click: the refusal and the refresh come before any second click could land.
  await answerCurrent(page, () => [0]);
  await expect(page.getByRole('alert')).toContainText('changed in another window or tab');
  const savedInB = await other.locator('.options input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).checked));
  await expect
    .poll(() => page.locator('.options input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).checked)))
    .toEqual(savedInB);
  // Now up to date, tab A's next change is saved.
  await page.keyboard.press('m');
  await expect(page.locator('.save-state')).toHaveText('Saved');
  await expect(page.getByRole('alert')).toContainText('changed in another window or tab'); // still said
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a new tab of the same browser stays connected without the token; another browser is told what to do', async ({
  page,
  server,
  browser,
  context,
}) => {
  await page.goto(server.url);
  await expect(page.getByRole('button', { name: 'Start full-length exam' })).toBeVisible();
  expect(page.url()).not.toContain('token=');
  const bookmark = await context.newPage();
  await bookmark.goto(`${server.origin}/#/history`);
  await expect(bookmark.getByRole('heading', { name: 'History' })).toBeVisible();
  await expect(bookmark.getByRole('alert')).toHaveCount(0);

  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(`${server.origin}/`);
  await expect(strangerPage.getByRole('alert')).toContainText('Open the address that proctor serve printed');
  await expect(strangerPage.getByRole('alert')).not.toContainText('`');
  await expect(strangerPage.getByRole('link')).toHaveCount(0);
  await stranger.close();
});
