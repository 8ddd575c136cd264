/** The review of an attempt as a user works through it, and the small things that must line up. */
import { answerCurrent, expect, startFullExam, test } from './fixtures.ts';

test('the review keeps its filter in the address, collapses explanations and jumps to a question', async ({ page, server }) => {
  await startFullExam(page, server);
  for (let n = 1; n <= 3; n++) {
    await answerCurrent(page);
    await page.keyboard.press('n');
  }
  await page.locator('.exam-controls').getByRole('button', { name: 'End exam' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'End exam' }).click();
  await page.getByRole('link', { name: 'Review answers' }).click();
  await expect(page.locator('article.review-item')).toHaveCount(65);

  await page.getByRole('button', { name: /^Incorrect or unanswered/ }).click();
  await expect(page).toHaveURL(/filter=incorrect/);
  const wrong = await page.locator('article.review-item').count();
  expect(wrong).toBeGreaterThanOrEqual(62);
  await page.reload();
  await expect(page.getByRole('button', { name: /^Incorrect or unanswered/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('article.review-item')).toHaveCount(wrong);

  await page.getByRole('button', { name: 'Collapse all explanations' }).click();
  await expect(page.locator('.explanation')).toHaveCount(0);
  const first = page.locator('article.review-item').first();
  await first.getByRole('button', { name: 'Show explanations' }).click();
  await expect(first.locator('.explanation')).toHaveCount(await first.locator('.review-options li').count());
  await expect(page.locator('article.review-item').nth(1).locator('.explanation')).toHaveCount(0);

  await page.getByRole('button', { name: /^All/ }).click();
  await page.getByLabel('Go to question').fill('40');
  await page.getByRole('button', { name: 'Go', exact: true }).click();
  await expect(page.locator('#question-40')).toBeFocused();
  await expect(page).toHaveURL(/q=40/);

  // The report form's label stays one line, the question id included.
  const report = page.locator('#question-40 .report');
  await report.getByText('Report a problem with this question').click();
  const label = report.locator('.label-text').filter({ hasText: 'Your note' });
  const { height } = (await label.boundingBox())!;
  expect(height).toBeLessThan(32);
});

test("Home's domain drill: the select and its button line up", async ({ page, server }) => {
  await page.goto(server.url);
  const select = page.locator('.drill select').first();
  const button = page.locator('.drill button').first();
  await expect(select).toBeVisible();
  const a = (await select.boundingBox())!;
  const b = (await button.boundingBox())!;
  expect(Math.abs(a.y + a.height - (b.y + b.height))).toBeLessThanOrEqual(1);
  expect(Math.abs(a.height - b.height)).toBeLessThanOrEqual(2);
});

test('an unfinished attempt can be discarded and a finished one deleted, each after a confirmation and a backup', async ({
  page,
  server,
}) => {
  await startFullExam(page, server);
  await answerCurrent(page);
  await page.locator('.exam-controls').getByRole('button', { name: 'End exam' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'End exam' }).click();
  await expect(page.getByTestId('verdict')).toBeVisible();
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Start full-length exam' }).click();
  await answerCurrent(page);
  await page.getByRole('button', { name: 'Save and leave' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Save and leave' }).click();

  await page
    .locator('.resume')
    .getByRole('button', { name: /^Discard…/ })
    .click();
  const discard = page.getByRole('alertdialog');
  await expect(discard).toContainText('1 of 65 answered');
  await expect(discard).toContainText('A backup is taken first');
  await discard.getByRole('button', { name: 'Discard', exact: true }).click();
  await expect(page.locator('.resume')).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await expect(page.locator('table.attempts tbody tr')).toHaveCount(1);
  await page
    .locator('table.attempts')
    .getByRole('button', { name: /^Delete…/ })
    .click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('No finished attempts yet.')).toBeVisible();
  await page.getByText(/^Backups \(\d+\)$/).click();
  await expect(page.locator('ul.backups')).toContainText('taken before an attempt was deleted');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByTestId('due-count')).toContainText('Nothing due');
});
