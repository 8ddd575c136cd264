/** Short attempts: their warnings mean something (no "15 minutes remaining" on a retake of a few minutes). */
import { answerCurrent, expect, startFullExam, test } from './fixtures.ts';

test('a 4-question retake starts without a time warning and warns at a share of its time', async ({ page, server }) => {
  await page.clock.install();
  await startFullExam(page, server);
  for (let n = 1; n <= 4; n++) {
    await answerCurrent(page);
    await page.getByRole('button', { name: 'Flag for review' }).click();
    await page.keyboard.press('n');
  }
  await page.getByRole('button', { name: 'End exam' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'End exam' }).click();
  await page.getByRole('button', { name: 'Retake the 4 flagged' }).click();
  await expect(page.locator('.position')).toHaveText('Question 1 of 4');
  // Four questions at the real exam's pace of two minutes each.
  await expect(page.getByRole('timer')).toHaveText(/(8:00|7:[0-5]\d)$/);
  await expect(page.getByRole('timer')).not.toHaveClass(/w-first|w-final/);
  await expect(page.getByRole('alert').filter({ hasText: 'remaining' })).toHaveCount(0);
  // A quarter of the time left: the first warning, with the time it really is.
  await server.advanceClock(6 * 60_000);
  await page.clock.runFor(6 * 60_000);
  await expect(page.getByRole('alert').filter({ hasText: '2 minutes remaining.' })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveClass(/w-first/);
});
