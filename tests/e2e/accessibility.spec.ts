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

for (const colorScheme of ['light', 'dark'] as const) {
  test(`notes, settings and question reports pass axe in the ${colorScheme} scheme`, async ({ page, server }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${server.url}#/notes`);
    await expect(page.locator('.note-list li').first()).toBeVisible();
    await expectAccessible(page, 'notes');
    await page.locator('.note-list a').first().click();
    await expect(page.locator('.note-body h3').first()).toBeVisible();
    await expectAccessible(page, 'note');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('radio', { name: /^System/ })).toBeChecked();
    await expectAccessible(page, 'settings');
    // The theme chosen in the app rather than by the system, and the largest text.
    await page.getByRole('radio', { name: colorScheme === 'light' ? 'Dark' : 'Light', exact: true }).check();
    await page.getByRole('radio', { name: 'Extra large' }).check();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expectAccessible(page, 'settings, other theme');
    await page.evaluate(async () => {
      const token = sessionStorage.getItem('proctor.token');
      const body = { packId: 'dva-c02', questionId: 'dva-1-1-001', kind: 'wrong-key', note: 'B is right too.' };
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
      await fetch('./api/reportQuestion', { method: 'POST', headers, body: JSON.stringify(body) });
    });
    await page.goto(`${server.url}#/reports`);
    await expect(page.locator('article.report-card')).toHaveCount(1);
    await expectAccessible(page, 'reports');
    await page.getByRole('button', { name: 'Edit' }).click();
    await expectAccessible(page, 'report edit');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectAccessible(page, 'report delete dialog');
  });
}
