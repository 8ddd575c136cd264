/** axe-core (WCAG 2 A and AA rules) on every screen, in light and dark colour schemes. */
import { expectAccessible } from './axe.ts';
import { answerCurrent, expect, startFullExam, test } from './fixtures.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every screen passes axe in the ${colorScheme} scheme`, async ({ page, server }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(server.url);
    await expect(page.getByRole('button', { name: 'Start full-length exam' })).toBeVisible();
    await expectAccessible(page, 'home');
    await startFullExam(page, server);
    await answerCurrent(page);
    await page.keyboard.press('m');
    await expectAccessible(page, 'exam');
    await page.getByRole('button', { name: 'Review all' }).click();
    await expectAccessible(page, 'review all');
    await page.getByRole('button', { name: 'End exam' }).click();
    await expectAccessible(page, 'end dialog');
    await page.getByRole('alertdialog').getByRole('button', { name: 'End exam' }).click();
    await expect(page.getByTestId('verdict')).toBeVisible();
    await expectAccessible(page, 'results');
    await page.getByRole('link', { name: 'Review answers' }).click();
    await expect(page.locator('article.review-item').first()).toBeVisible();
    await expectAccessible(page, 'review');
    await page.getByRole('link', { name: 'History' }).click();
    await expect(page.getByTestId('score-chart')).toBeVisible();
    await expectAccessible(page, 'history');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
    await expect(page.getByTestId('readiness')).toBeVisible();
    await page.getByText('How this is computed').click();
    await expectAccessible(page, 'progress');
  });
}
