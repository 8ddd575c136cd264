/**
 * The one-file backup as a user uses it: downloaded from the data panel, restored after a
 * confirmation that says what it holds and what it replaces, the data before it backed up
 * first; attempts exported as JSON beside the CSV; a file that is not a backup refused.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { answerCurrent, expect, startFullExam, test } from './fixtures.ts';
import { importDvaNotes } from './import-helpers.ts';

async function finishExam(page: Page): Promise<void> {
  await answerCurrent(page);
  await page.getByRole('button', { name: 'End exam' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'End exam' }).click();
  await expect(page.getByTestId('verdict')).toBeVisible();
}

async function downloadFrom(page: Page, button: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await download;
  const path = join(test.info().outputDir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

test('download the full backup, change things, restore it: the data comes back as it was', async ({ page, server }) => {
  await startFullExam(page, server);
  await finishExam(page);
  await page.goto(`${server.url}#/import`);
  await importDvaNotes(page, 'DVA notes');

  await page.goto(`${server.url}#/history`);
  const backupPath = await downloadFrom(page, 'Download full backup (one file)');
  expect(backupPath).toMatch(/proctor-backup-[\d-]+\.json$/);
  const backup = JSON.parse(await readFile(backupPath, 'utf8')) as { format: string; files: { path: string }[] };
  expect(backup.format).toBe('proctor-backup');
  expect(backup.files.map((f) => f.path)).toEqual(
    expect.arrayContaining(['index.json', 'packs/dva-notes/pack.yaml', 'packs/dva-notes/images/fanout.png']),
  );

  const attemptsPath = await downloadFrom(page, 'Export attempts (JSON)');
  const exported = JSON.parse(await readFile(attemptsPath, 'utf8')) as { format: string; attempts: { title: string }[] };
  expect(exported.format).toBe('proctor-attempts');
  expect(exported.attempts.map((a) => a.title)).toEqual(['Full-length exam (random)']);

  // Later: another exam, and the imported pack deleted.
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Start full-length exam' }).first().click();
  await finishExam(page);
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Delete pack…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete pack' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('heading', { name: /DVA notes/ })).toHaveCount(0);

  // A file that is not a backup is refused and changes nothing.
  const notBackup = join(test.info().outputDir, 'notes.json');
  await writeFile(notBackup, '{"hello": "world"}');
  await page.goto(`${server.url}#/history`);
  await expect(page.locator('table.attempts tbody tr')).toHaveCount(2);
  let chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup file…' }).click();
  await (await chooser).setFiles(notBackup);
  await expect(page.getByRole('alert').filter({ hasText: 'this is not a Proctor backup file' })).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);

  // The restore says what the file holds and what it replaces, and that today's data is backed up first.
  chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup file…' }).click();
  await (await chooser).setFiles(backupPath);
  const confirm = page.getByRole('alertdialog', { name: 'Replace your data with this backup?' });
  await expect(confirm).toContainText(
    /holds 1 attempt, 0 question reports, the spaced-review schedule, .*1 imported pack: “DVA notes” \(4 questions\)/,
  );
  await expect(confirm).toContainText('It replaces what you have now: 2 attempts');
  await expect(confirm).toContainText('no imported pack');
  await expect(confirm).toContainText('Your current data is backed up first');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Replace my data' }).click();
  // Every open screen shows the restored data at once, and a notice says what happened.
  await expect(page.getByRole('alert').filter({ hasText: /restored from the backup file of [A-Z][a-z]{2} \d/ })).toBeVisible();
  await expect(page.locator('table.attempts tbody tr')).toHaveCount(1);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { name: /DVA notes/ })).toBeVisible();
  // The data from before the restore is among the backups.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await page.getByText(/^Backups \(\d+\)$/).click();
  await expect(page.locator('ul.backups')).toContainText('taken before a restore');
});
