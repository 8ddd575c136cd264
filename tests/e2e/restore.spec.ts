/** A restore brings back the whole data folder of that moment, and every open screen shows it. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { answerCurrent, expect, startFullExam, test } from './fixtures.ts';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });

test('restoring an early backup empties history and the review schedule at once, without a reload', async ({ page, server }) => {
  // The backup taken at start holds only the empty index: the earliest state.
  await expect.poll(async () => (await readdir(join(server.dataDir, 'backups')).catch(() => [])).length).toBeGreaterThan(0);
  await startFullExam(page, server);
  await answerCurrent(page);
  await page.locator('.exam-controls').getByRole('button', { name: 'End exam' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'End exam' }).click();
  await expect(page.getByTestId('verdict')).toBeVisible();
  await nav(page, 'Home').click();
  await expect(page.getByTestId('due-count')).toContainText('due for review');

  await nav(page, 'History').click();
  await expect(page.locator('table.attempts tbody tr')).toHaveCount(1);
  await page.getByText(/^Backups \(\d+\)$/).click();
  const oldest = page.locator('ul.backups li').last();
  await expect(oldest).toContainText('taken when Proctor started');
  await oldest.getByRole('button', { name: 'Restore…' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Your current data is backed up first');
  await dialog.getByRole('button', { name: 'Restore' }).click();

  await expect(page.getByText('No finished attempts yet.')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: /restored from the backup of [A-Z][a-z]{2} \d/ })).toBeVisible();
  await expect(page.getByText('{date}')).toHaveCount(0);
  await nav(page, 'Home').click();
  await expect(page.getByTestId('due-count')).toContainText('Nothing due');
});
