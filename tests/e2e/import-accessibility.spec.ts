/** axe-core on the screens and dialogs of importing and of the one-file backup, in light and dark. */
import { expectAccessible } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { bankFile, importDvaNotes } from './import-helpers.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`import, imported packs and the backup file pass axe in the ${colorScheme} scheme`, async ({ page, server }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${server.url}#/import`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import questions');
    await expectAccessible(page, 'import, empty');
    await page.getByLabel('Question bank file').setInputFiles(await bankFile());
    await expect(page.getByTestId('import-problems')).toBeVisible();
    await expectAccessible(page, 'import preview with problems and mapping');
    await page.getByLabel('Question bank file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
    await expect(page.getByRole('alert').filter({ hasText: 'cannot tell which format' })).toBeVisible();
    await expectAccessible(page, 'import error');
    await importDvaNotes(page, 'DVA notes');
    await expectAccessible(page, 'import done');

    await page.getByRole('link', { name: 'Open “DVA notes” on Home' }).click();
    const card = page.locator('section.pack', { has: page.getByRole('heading', { name: /DVA notes/ }) });
    await expect(card.getByRole('button', { name: 'Rename pack…' })).toBeVisible();
    await expectAccessible(page, 'home with an imported pack');
    await card.getByRole('button', { name: 'Rename pack…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectAccessible(page, 'rename dialog');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(card.getByRole('button', { name: 'Rename pack…' })).toBeFocused();
    await card.getByRole('button', { name: 'Delete pack…' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectAccessible(page, 'delete dialog');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Keep the pack' }).click();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download full backup (one file)' }).click();
    const path = test.info().outputPath('backup.json');
    await (await download).saveAs(path);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Restore from a backup file…' }).click();
    await (await chooser).setFiles(path);
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectAccessible(page, 'restore from a backup file');
  });
}
