/** The exam screen as a demanding user works it: dialogs that hold focus, half answers, the review screen. */
import type { Page } from '@playwright/test';
import { answerCurrent, expect, startFullExam, test } from './fixtures.ts';

const focusIsInside = (page: Page, selector: string) => page.evaluate((s) => !!document.activeElement?.closest(s), selector);

async function goToMultipleResponse(page: Page): Promise<number> {
  for (let n = 1; n <= 65; n++) {
    if ((await page.locator('.choose-hint').count()) > 0) return n;
    await page.keyboard.press('n');
  }
  throw new Error('no multiple-response question in this exam');
}

test('the "End exam?" dialog holds focus, closes on Escape from anywhere, and gives focus back', async ({ page, server }) => {
  await startFullExam(page, server);
  await answerCurrent(page);
  const checked = await page.locator('.options input:checked').count();
  const endButton = page.locator('.exam-controls').getByRole('button', { name: 'End exam' });
  await endButton.click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await focusIsInside(page, 'dialog')).toBe(true);
  }
  // Keys meant for the dialog never reach the exam behind it.
  await page.keyboard.press('n');
  await expect(page.locator('.position')).toHaveText('Question 1 of 65');
  await dialog.getByRole('button', { name: 'End exam' }).focus();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(endButton).toBeFocused();
  await expect(page.locator('.options input:checked')).toHaveCount(checked);
});

test('a half-answered "(Choose TWO.)" question is counted apart, marked in the grid and named before ending', async ({ page, server }) => {
  await startFullExam(page, server);
  const number = await goToMultipleResponse(page);
  await page.locator('.options label.option').first().click();
  await page.getByRole('button', { name: 'Review all' }).click();
  await expect(page.getByTestId('review-counts')).toContainText('0 answered · 1 incomplete · 64 unanswered');
  const cell = page.locator('.review-cell').nth(number - 1);
  await expect(cell).toHaveAttribute('data-status', 'incomplete');
  await expect(cell).toContainText(/Incomplete: 1 of [23]/);
  await expect(cell).not.toHaveClass(/\banswered\b/);
  await page.getByRole('button', { name: 'Incomplete', exact: true }).click();
  await expect(page.locator('.review-cell')).toHaveCount(1);
  await page.getByRole('button', { name: 'End exam' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('1 incomplete question');
});

test('the review screen keeps its filter, marks the current question and walks the flagged ones', async ({ page, server }) => {
  await startFullExam(page, server);
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) {
    if (n === 2 || n === 5 || n === 7) await page.keyboard.press('m');
    await page.keyboard.press('n');
  }
  await page.getByRole('button', { name: 'Review all' }).click();
  await expect(page.locator('.review-cell[aria-current="step"]')).toContainText('Question 9');
  await page.getByRole('button', { name: 'Flagged', exact: true }).click();
  await expect(page.locator('.review-cell')).toHaveCount(3);
  await page.locator('.review-cell').nth(1).click();
  await expect(page.locator('.position')).toHaveText('Question 5 of 65');
  await page.getByRole('button', { name: 'Review all' }).click();
  await expect(page.getByRole('button', { name: 'Flagged', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.review-cell')).toHaveCount(3);
  await expect(page.locator('.review-cell[aria-current="step"]')).toContainText('Question 5');
  // Cells keep one height whatever they say.
  const heights = await page.locator('.review-cell').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().height));
  expect(new Set(heights).size).toBe(1);
  await page.getByRole('button', { name: 'Review flagged (3)' }).click();
  await expect(page.locator('.position')).toHaveText('Question 2 of 65');
  await expect(page.getByRole('status').filter({ hasText: 'Reviewing flagged questions: 1 of 3' })).toBeVisible();
  await page.keyboard.press('n');
  await expect(page.locator('.position')).toHaveText('Question 5 of 65');
  await page.getByRole('button', { name: 'Next flagged' }).click();
  await expect(page.locator('.position')).toHaveText('Question 7 of 65');
  await expect(page.getByRole('button', { name: 'Next flagged' })).toBeDisabled();
});

test('strike-out from the keyboard; choosing a struck option restores it; the flag button keeps its width', async ({ page, server }) => {
  await startFullExam(page, server);
  const flag = page.locator('button.flag');
  const before = (await flag.boundingBox())!.width;
  await page.keyboard.press('Shift+B');
  await expect(page.getByRole('button', { name: 'Restore option B' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Shift+C');
  await expect(page.locator('.option.struck')).toHaveCount(2);
  await page.keyboard.press('b');
  await expect(page.locator('.option.struck')).toHaveCount(1);
  await expect(page.locator('.options input').nth(1)).toBeChecked();
  await page.keyboard.press('m');
  await expect(flag).toHaveAttribute('aria-pressed', 'true');
  expect((await flag.boundingBox())!.width).toBe(before);
  await expect(page.locator('.save-state')).toHaveText('Saved');
  await page.reload();
  await expect(page.locator('.option.struck')).toHaveCount(1);
  await expect(page.locator('.options input').nth(1)).toBeChecked();
});

test('"Save and leave" says the clock keeps running, goes home, and the exam resumes from there', async ({ page, server }) => {
  await startFullExam(page, server);
  await answerCurrent(page);
  const chosen = await page.locator('.options input:checked').count(); // 2 for a "(Choose TWO.)" question
  await page.getByRole('button', { name: 'Save and leave' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('The clock keeps running while you are away');
  await dialog.getByRole('button', { name: 'Save and leave' }).click();
  await expect(page.getByRole('heading', { name: 'Home' })).toBeVisible();
  await expect(page.locator('.resume')).toContainText('1 of 65 answered');
  await page.getByRole('link', { name: 'Resume exam' }).click();
  await expect(page.locator('.options input:checked')).toHaveCount(chosen);
});

test('a time warning does not push the question down', async ({ page, server }) => {
  await page.clock.install();
  await startFullExam(page, server);
  const top = (await page.locator('section.question').boundingBox())!.y;
  await server.advanceClock(116 * 60_000);
  await page.clock.runFor(116 * 60_000);
  await expect(page.getByRole('alert').filter({ hasText: '15 minutes remaining' })).toBeVisible();
  expect((await page.locator('section.question').boundingBox())!.y).toBe(top);
});

test('moving back and forth, each question shows exactly its own answer, radio or checkbox', async ({ page, server }) => {
  await startFullExam(page, server);
  const boxes = page.locator('.options input');
  const expected: { questionId: string; checked: boolean[] }[] = [];
  // Answer every other question of the first twelve, with a different option each time.
  for (let n = 0; n < 12; n++) {
    const questionId = (await page.locator('section.question').getAttribute('data-question-id'))!;
    if (n % 2 === 0) await answerCurrent(page, (choose) => Array.from({ length: choose }, (_, i) => (n / 2 + i) % 4));
    expected.push({ questionId, checked: await boxes.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).checked)) });
    await page.keyboard.press('n');
  }
  expect(expected.filter((e) => e.checked.some(Boolean))).toHaveLength(6);
  for (let n = 11; n >= 0; n--) {
    await page.keyboard.press('p');
    await expect(page.locator('section.question')).toHaveAttribute('data-question-id', expected[n]!.questionId);
    await expect
      .poll(() => boxes.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).checked)))
      .toEqual(expected[n]!.checked);
  }
  // And forward again after a reload, from what was saved.
  await page.reload();
  for (let n = 0; n < 12; n++) {
    await expect(page.locator('section.question')).toHaveAttribute('data-question-id', expected[n]!.questionId);
    await expect
      .poll(() => boxes.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).checked)))
      .toEqual(expected[n]!.checked);
    await page.keyboard.press('n');
  }
});
