/** Question reports: report one from a review, then edit, export and delete it on the reports screen. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, reviewUnansweredExam, test } from './fixtures.ts';

test('a report made in a review is edited, exported as JSON and deleted on the reports screen', async ({ page, server }) => {
  await reviewUnansweredExam(page, server);
  const item = page.locator('article.review-item').first();
  const questionId = (await item.getAttribute('data-question-id'))!;
  await item.getByText('Report a problem with this question').click();
  await item.getByLabel(/Your note/).fill('Option C looks right too.');
  await item.getByRole('button', { name: 'Save report' }).click();
  await expect(item.getByText('Report a problem with this question (1 saved)')).toBeVisible();

  // From the data panel to the reports screen.
  await page.getByRole('link', { name: 'History' }).click();
  await page.getByRole('link', { name: 'Question reports' }).click();
  await expect(page.getByRole('heading', { name: 'Question reports', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'report' })).toHaveText('1 report');
  const card = page.locator('article.report-card');
  await expect(card.getByRole('heading')).toHaveText('The answer key looks wrong');
  await expect(card).toContainText(questionId);
  await expect(card).toContainText('AWS Certified Developer');
  await expect(card.locator('.stem-excerpt')).not.toBeEmpty();
  await expect(card.locator('.report-note')).toHaveText('Option C looks right too.');

  // Edit from the keyboard: the note gets the focus, Enter on the button saves.
  await card.getByRole('button', { name: 'Edit' }).focus();
  await page.keyboard.press('Enter');
  const note = card.getByLabel('Your note');
  await expect(note).toBeFocused();
  await note.fill('Option C is right too: the stem does not say the region.');
  await card.getByLabel('What is wrong?').selectOption('unclear');
  await card.getByRole('button', { name: 'Save changes' }).press('Enter');
  await expect(card.locator('.report-note')).toHaveText('Option C is right too: the stem does not say the region.');
  await expect(card.getByRole('heading')).toHaveText('The question is unclear');
  await expect(card).toContainText('edited');
  await page.reload();
  await expect(page.locator('article.report-card .report-note')).toHaveText('Option C is right too: the stem does not say the region.');

  // Export all as JSON: a download with every report and its question.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all (JSON)' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^proctor-question-reports-\d{4}-\d\d-\d\d\.json$/);
  const doc = JSON.parse(await readFile((await file.path())!, 'utf8'));
  expect(doc.format).toBe('proctor-question-reports');
  expect(doc.reports).toHaveLength(1);
  expect(doc.reports[0]).toMatchObject({ questionId, kind: 'unclear', note: 'Option C is right too: the stem does not say the region.' });

  // Delete, after a confirmation that Escape cancels.
  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete this report?' });
  await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('article.report-card')).toHaveCount(1);
  await page.getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Delete report' }).click();
  await expect(page.getByText('No reports yet.')).toBeVisible();
  expect(JSON.parse(await readFile(join(server.dataDir, 'reports.json'), 'utf8')).reports).toEqual([]);
  await page.reload();
  await expect(page.getByText('No reports yet.')).toBeVisible();
});
