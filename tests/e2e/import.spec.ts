/**
 * Importing a bank in the app, as a user does it through `proctor serve`: a messy markdown bank
 * (a README preamble, broken items, an image) previewed with its problems and their lines,
 * mapped onto the DVA-C02 domains, imported; an exam of a chosen length on it; renamed; deleted,
 * with its attempt still open in History. Then the same form by keyboard alone.
 */
import { answerCurrent, expect, test } from './fixtures.ts';
import { bankFile, image, loadedImages } from './import-helpers.ts';

test('a messy markdown bank: preview with problems and lines, mapping, import, exam, rename, delete', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import questions' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import questions');

  await page.getByLabel('Question bank file').setInputFiles(await bankFile());
  const facts = page.getByTestId('import-facts');
  await expect(facts).toContainText('Markdown checklist');
  await expect(facts).toContainText('UTF-8');
  await expect(facts).toContainText('3 questions');
  await expect(facts).toContainText('8 items');
  const problems = page.getByTestId('import-problems');
  // The README preamble's headings are not questions; each broken item is named by its line.
  await expect(problems).toContainText('Line 7 not a question: the heading "Table of Contents"');
  await expect(problems).toContainText('Line 37 the stem says "(Choose 3 answers)" but 2 options are marked correct');
  await expect(problems).toContainText('Line 54 missing image images/fanout.png');
  await expect(problems).toContainText('Line 70 no correct answer');
  await expect(problems).toContainText('Line 79 option 3 is empty');
  // The image picked with the bank brings its question in.
  await page.getByLabel('Images the file refers to (optional)').setInputFiles(image);
  await expect(facts).toContainText('4 questions');
  await expect(facts).toContainText('7 items');
  await expect(problems).not.toContainText('Line 54');
  const questions = page.getByRole('list', { name: /^Questions/ });
  await expect(questions.getByRole('listitem').filter({ hasText: 'Which AWS service stores objects?' })).toContainText(
    'Amazon S3 ✓ correct',
  );
  await expect(questions).toContainText('Line 27 · Development · choose 2');

  // Topics that name a domain start mapped; the user changes one.
  await expect(page.getByLabel('Domain for Development')).toHaveValue('1');
  await expect(page.getByLabel('Domain for Security')).toHaveValue('2');
  await page.getByLabel('Domain for Development').selectOption({ label: 'D3 Deployment' });
  await expect(page.getByLabel('Pack name')).toHaveValue('Imported: dva-notes');
  await page.getByLabel('Pack name').fill('DVA notes');
  await page.getByRole('button', { name: 'Import 4 questions' }).click();
  await expect(page.getByTestId('import-done')).toContainText('4 questions were imported; 7 items were skipped');
  await expect(page.getByTestId('import-done')).toContainText('backed up first');
  await page.getByRole('link', { name: 'Open “DVA notes” on Home' }).click();

  // On Home beside the built-in pack, marked imported, its domains from the mapping.
  const card = page.locator('section.pack', { has: page.getByRole('heading', { name: /DVA notes/ }) });
  await expect(card.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(card.locator('.badge')).toHaveText('Imported');
  await expect(page.locator('section.pack').first()).not.toContainText('Imported');
  await expect(page.locator('section.pack').first().getByRole('button', { name: 'Rename pack…' })).toHaveCount(0);
  await expect(card.getByRole('combobox', { name: 'Domain' })).toContainText('D2 Security (1)');
  await expect(card.getByRole('combobox', { name: 'Domain' })).toContainText('D3 Deployment (3)');
  await expect(card.getByLabel('Questions')).toHaveValue('4');
  await expect(card.getByLabel('Minutes')).toHaveValue('8');
  await card.getByLabel('Minutes').fill('6');
  await card.getByRole('button', { name: 'Start exam of 4 questions' }).click();
  await expect(page.getByText('Question 1 of 4')).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(/(6:00|5:[0-5]\d)$/);
  for (let n = 1; n <= 4; n++) {
    await answerCurrent(page);
    if (n < 4) await page.keyboard.press('n');
  }
  await page.getByRole('button', { name: 'End exam' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'End exam' }).click();
  await expect(page.getByTestId('verdict')).toBeVisible();
  await page.getByRole('link', { name: 'Review answers' }).click();
  await expect(page.locator('article.review-item')).toHaveCount(4);
  await expect.poll(() => loadedImages(page)).toBe(1);

  // Rename.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await card.getByRole('button', { name: 'Rename pack…' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename “DVA notes”' });
  await expect(rename.getByLabel('New name')).toBeFocused();
  await rename.getByLabel('New name').fill('DVA notes, renamed');
  await rename.getByRole('button', { name: 'Save name' }).click();
  await expect(rename).toHaveCount(0);
  const renamed = page.locator('section.pack', { has: page.getByRole('heading', { name: /DVA notes, renamed/ }) });
  await expect(renamed).toBeVisible();

  // Delete: a confirmation that says what happens, then the pack leaves Home.
  await renamed.getByRole('button', { name: 'Delete pack…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete “DVA notes, renamed”?' });
  await expect(confirm).toContainText('A backup of your data is taken first');
  await expect(confirm).toContainText('Your attempts on it stay in History, and their reviews still open');
  await expect(confirm.getByRole('button', { name: 'Keep the pack' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Delete pack' }).click();
  const done = page.getByRole('alertdialog', { name: '“DVA notes, renamed” was deleted' });
  await expect(done).toContainText('Your data was backed up first');
  await done.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('section.pack')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: /DVA notes/ })).toHaveCount(0);

  // Its attempt still opens in History, questions and image included.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  const row = page.locator('table.attempts tr', { hasText: 'Exam of 4 questions' }).first();
  await row.getByRole('link', { name: 'Review' }).click();
  await expect(page.locator('article.review-item')).toHaveCount(4);
  await expect(page.locator('article.review-item').first()).toBeVisible();
  await expect.poll(() => loadedImages(page)).toBe(1);
});

test('a file with no question, one too large and one of no known format get clear messages', async ({ page, server }) => {
  await page.goto(`${server.url}#/import`);
  const input = page.getByLabel('Question bank file');
  await input.setInputFiles({
    name: 'notes.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from('# Notes\n\n### Not a question\n\nText.\n'),
  });
  const alert = (text: string) => page.getByRole('alert').filter({ hasText: text });
  await expect(alert('No question found in notes.md as Markdown checklist: nothing can be imported')).toBeVisible();
  await expect(page.getByTestId('import-problems')).toContainText('Line 3');
  await expect(page.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
  await input.setInputFiles({ name: 'huge.md', mimeType: 'text/markdown', buffer: Buffer.alloc(12.5 * 1024 * 1024, 'a') });
  await expect(
    alert('huge.md is 12.5 MB: Proctor imports files up to 10 MB. Split the bank into smaller files and import each.'),
  ).toBeVisible();
  await expect(page.getByTestId('import-facts')).toHaveCount(0);
  await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Just some notes.\nNothing else.\n') });
  await expect(alert('cannot tell which format notes.txt is in')).toContainText('the Format list in the app');
  await expect(page.getByText('If the format was not recognized, choose it in the Format list.')).toBeVisible();
  // Named as Aiken, the same file is read as Aiken: no question, said plainly.
  await page.getByLabel('Format').selectOption('aiken');
  await expect(alert('No question found in notes.txt as Aiken')).toBeVisible();
});

test('the import form works by keyboard alone', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByRole('button', { name: 'Start full-length exam' })).toBeVisible();
  // From the main navigation to the screen, by Tab and Enter.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  for (
    let i = 0;
    i < 5 &&
    !(await page
      .getByRole('link', { name: 'Import questions' })
      .first()
      .evaluate((a) => a === document.activeElement));
    i++
  )
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import questions');
  await page.keyboard.press('Tab');
  for (let i = 0; i < 20 && !(await page.getByLabel('Question bank file').evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(page.getByLabel('Question bank file')).toBeFocused();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles(await bankFile());
  await expect(page.getByTestId('import-facts')).toContainText('3 questions');
  // Format, then the images input, by Tab; the image chooser by Space too.
  await expect(page.getByLabel('Question bank file')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Format')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Images the file refers to (optional)')).toBeFocused();
  const images = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await images).setFiles(image);
  await expect(page.getByTestId('import-facts')).toContainText('4 questions');
  // On to the pack name: the preview's scrolling lists are stops on the way.
  for (let i = 0; i < 10 && !(await page.getByLabel('Pack name').evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(page.getByLabel('Pack name')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Keyboard bank');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Domain for Development')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Domain for Security')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Domain for Security')).toHaveValue('3');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Import 4 questions' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Imported “Keyboard bank”' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Open “Keyboard bank” on Home' })).toBeFocused();
  await page.keyboard.press('Enter');
  const card = page.locator('section.pack', { has: page.getByRole('heading', { name: /Keyboard bank/ }) });
  await expect(card.getByRole('combobox', { name: 'Domain' })).toContainText('D3 Deployment (1)');
});
