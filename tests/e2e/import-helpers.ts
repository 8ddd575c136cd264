/** The bank the import tests bring in (a README preamble, broken items, an image) and how to check its image. */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { PNG_4X3 } from '../fixtures/images.ts';
import { expect } from './fixtures.ts';

export const bankFile = async () => ({
  name: 'dva-notes.md',
  mimeType: 'text/markdown',
  buffer: await readFile('tests/fixtures/import/dva-notes.md'),
});
export const image = { name: 'fanout.png', mimeType: 'image/png', buffer: PNG_4X3 };

/** How many images in the page's markdown loaded (the test PNG is 4 pixels wide). */
export const loadedImages = (page: Page) =>
  page.locator('.md img').evaluateAll((images) => (images as HTMLImageElement[]).filter((i) => i.complete && i.naturalWidth === 4).length);

/** Imports the bank with its image under a title, from the import screen. */
export async function importDvaNotes(page: Page, title: string): Promise<void> {
  await page.getByLabel('Question bank file').setInputFiles(await bankFile());
  await expect(page.getByTestId('import-facts')).toContainText('Markdown checklist');
  await page.getByLabel('Images the file refers to (optional)').setInputFiles(image);
  await expect(page.getByTestId('import-facts')).toContainText('4 questions');
  await page.getByLabel('Pack name').fill(title);
  await page.getByRole('button', { name: 'Import 4 questions' }).click();
  await expect(page.getByTestId('import-done')).toContainText('4 questions were imported; 7 items were skipped');
}
