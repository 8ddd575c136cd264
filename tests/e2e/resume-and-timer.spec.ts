import { answerCurrent, expect, startFullExam, test } from './fixtures.ts';

const MINUTE = 60_000;

test('a reload mid-exam keeps every answer, flag, the position and the running clock', async ({ page, server }) => {
  await startFullExam(page, server);
  await answerCurrent(page);
  await page.keyboard.press('n');
  await answerCurrent(page, (n) => Array.from({ length: n }, (_, i) => i + 1));
  await page.keyboard.press('m');
  await page.getByRole('button', { name: 'Strike out option A' }).click();
  await expect(page.locator('.option.struck')).toHaveCount(1);
  await page.keyboard.press('n');
  await expect(page.locator('.position')).toHaveText('Question 3 of 65');
  await expect(page.locator('.save-state')).toHaveText('Saved');
  // Time passes on the server's clock while the page is away.
  await server.advanceClock(20 * MINUTE);
  await page.reload();
  await expect(page.locator('.position')).toHaveText('Question 3 of 65');
  await expect(page.getByRole('timer')).toHaveText(/1:(4\d|50):\d\d/);
  await page.keyboard.press('p');
  await expect(page.locator('.position')).toHaveText('Question 2 of 65');
  await expect(page.locator('button.flag')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.options input:checked')).not.toHaveCount(0);
  await expect(page.locator('.options input').nth(0)).not.toBeChecked();
  await expect(page.getByRole('button', { name: 'Restore option A' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.option.struck')).toHaveCount(1);
  await page.keyboard.press('p');
  await expect(page.locator('.options input').nth(0)).toBeChecked();

  // Home offers the unfinished attempt for resume.
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Unfinished exam' })).toBeVisible();
  await page.getByRole('link', { name: 'Resume exam' }).click();
  await expect(page.locator('.position')).toHaveText('Question 1 of 65');
});

test('warnings at 15 and 5 minutes, and the exam submits itself at zero', async ({ page, server }) => {
  await page.clock.install();
  await startFullExam(page, server);
  await answerCurrent(page);
  await expect(page.locator('.save-state')).toHaveText('Saved');
  await server.advanceClock(116 * MINUTE);
  await page.clock.runFor(116 * MINUTE);
  await expect(page.getByRole('alert').filter({ hasText: '15 minutes remaining' })).toBeVisible();
  await server.advanceClock(10 * MINUTE);
  await page.clock.runFor(10 * MINUTE);
  await expect(page.getByRole('alert').filter({ hasText: '5 minutes remaining' })).toBeVisible();
  await server.advanceClock(5 * MINUTE);
  await page.clock.runFor(5 * MINUTE);
  await expect(page.getByRole('heading', { name: /Results/ })).toBeVisible();
  await expect(page.getByText('submitted automatically when time ran out')).toBeVisible();
  await expect(page.getByTestId('percent')).toContainText('of 65');
});

test('an attempt whose deadline passed while Proctor was closed is submitted on return', async ({ page, server }) => {
  await startFullExam(page, server);
  await answerCurrent(page);
  await expect(page.locator('.save-state')).toHaveText('Saved');
  const examUrl = page.url();
  await page.goto('about:blank');
  await server.advanceClock(3 * 60 * MINUTE);
  await page.goto(examUrl);
  await expect(page.getByRole('heading', { name: /Results/ })).toBeVisible();
  await expect(page.getByText('submitted automatically when time ran out')).toBeVisible();
  await expect(page.getByTestId('time-used')).toContainText('2:10:00 of 2:10:00');
});
