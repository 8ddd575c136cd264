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

// The practice screens: the drill builder, practice with an answer checked, paused, its end dialog.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`the drill builder and practice pass axe in the ${colorScheme} scheme`, async ({ page, server }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${server.url}#/drill?topics=lambda&source=all&count=3&feedback=practice`);
    await expect(page.getByTestId('matching')).toContainText('the drill takes 3.');
    await expectAccessible(page, 'drill builder');
    await page.getByRole('button', { name: 'Start drill' }).click();
    await answerCurrent(page);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.getByTestId('reveal').getByRole('status')).toBeVisible();
    await page.getByRole('button', { name: 'Scratch pad' }).click();
    await expectAccessible(page, 'practice, checked');
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('heading', { name: 'Paused' })).toBeVisible();
    await expectAccessible(page, 'practice, paused');
    await page.getByRole('button', { name: 'Resume practice' }).click();
    await page.locator('.exam-controls').getByRole('button', { name: 'End practice' }).click();
    await expectAccessible(page, 'end practice dialog');
  });
}
