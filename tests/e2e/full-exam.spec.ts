import { readFile } from 'node:fs/promises';
import { answerCurrent, expect, startFullExam, test } from './fixtures.ts';

const UNANSWERED = new Set([5, 12]);
const FLAGGED = new Set([3, 40, 64]);

test('a whole 65-question exam as a user takes it: answer, flag, review screen, end, results, review, history', async ({
  page,
  server,
  consoleErrors,
}) => {
  await startFullExam(page, server);
  await expect(page.getByRole('timer')).toHaveText(/2:0\d:\d\d|2:10:00/);

  for (let n = 1; n <= 65; n++) {
    await expect(page.locator('.position')).toHaveText(`Question ${n} of 65`);
    if (!UNANSWERED.has(n)) {
      // Half the questions by mouse, half by keyboard.
      if (n % 2 === 0) await answerCurrent(page);
      else {
        const hint = page.locator('.choose-hint');
        const choose = (await hint.count()) > 0 ? Number(/Choose (\d)/.exec((await hint.textContent()) ?? '')![1]) : 1;
        for (let k = 1; k <= choose; k++) await page.keyboard.press(String(k));
      }
    }
    if (FLAGGED.has(n)) {
      if (n === 3) await page.keyboard.press('m');
      else await page.getByRole('button', { name: 'Flag for review' }).click();
      await expect(page.locator('button.flag')).toHaveAttribute('aria-pressed', 'true');
    }
    if (n < 65) {
      if (n % 3 === 0) await page.keyboard.press('ArrowRight');
      else await page.getByRole('button', { name: 'Next', exact: true }).click();
    }
  }
  await expect(page.getByRole('button', { name: 'Next', exact: true })).toBeDisabled();
  await expect(page.locator('.save-state')).toHaveText('Saved');

  // The review screen lists every question with its state and jumps to any of them.
  await page.getByRole('button', { name: 'Review all' }).click();
  await expect(page.locator('.review-cell')).toHaveCount(65);
  await expect(page.locator('.review-cell[data-status="unanswered"]')).toHaveCount(2);
  await expect(page.locator('.review-cell[data-flagged="true"]')).toHaveCount(3);
  await page.getByRole('button', { name: 'Unanswered', exact: true }).click();
  await expect(page.locator('.review-cell')).toHaveCount(2);
  await page.locator('.review-cell').first().click();
  await expect(page.locator('.position')).toHaveText('Question 5 of 65');
  await page.keyboard.press('p');
  await expect(page.locator('.position')).toHaveText('Question 4 of 65');

  // Ending the exam asks for confirmation with the counts.
  await page.getByRole('button', { name: 'End exam' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('2 unanswered questions');
  await expect(dialog).toContainText('3 flagged');
  await dialog.getByRole('button', { name: 'Return to exam' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'End exam' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'End exam' }).click();

  // Results.
  await expect(page.getByRole('heading', { name: /Results/ })).toBeVisible();
  await expect(page.getByTestId('verdict')).toHaveText(/PASS|FAIL/);
  const percentText = (await page.getByTestId('percent').textContent())!;
  const [, correct, total] = /\((\d+) of (\d+)\)/.exec(percentText)!;
  expect(Number(total)).toBe(65);
  const scaled = Number(/^(\d+)/.exec((await page.getByTestId('scaled').textContent())!)![1]);
  expect(scaled).toBe(Math.round(100 + (900 * Number(correct)) / 65));
  await expect(page.getByTestId('verdict')).toHaveText(scaled >= 720 ? 'PASS' : 'FAIL');
  await expect(page.locator('table.domains tbody tr')).toHaveCount(4);
  await expect(page.getByText(/Estimate: 100 \+ 900/)).toBeVisible();
  await expect(page.getByTestId('time-used')).toContainText('of 2:10:00');

  // The review agrees with the score and shows explanations and references.
  await page.getByRole('link', { name: 'Review answers' }).click();
  await expect(page.locator('article.review-item')).toHaveCount(65);
  await expect(page.locator('article.review-item .badge.pass', { hasText: 'Correct' }).filter({ hasNotText: 'answer' })).toHaveCount(
    Number(correct),
  );
  await expect(page.locator('article.review-item').first().locator('.explanation')).toHaveCount(
    await page.locator('article.review-item').first().locator('.review-options li').count(),
  );
  await expect(page.locator('article.review-item').first().locator('.references a').first()).toHaveAttribute('href', /^https:\/\//);
  await page.getByRole('button', { name: /^Unanswered/ }).click();
  await expect(page.locator('article.review-item')).toHaveCount(2);
  await page.getByRole('button', { name: /^Flagged/ }).click();
  await expect(page.locator('article.review-item')).toHaveCount(3);
  await page.getByRole('button', { name: /^Incorrect/ }).click();
  await expect(page.locator('article.review-item')).toHaveCount(65 - Number(correct));
  await page.getByRole('button', { name: /^All/ }).click();
  // Report a doubtful key; the note stays with the question.
  const firstItem = page.locator('article.review-item').first();
  await firstItem.getByText('Report a problem with this question').click();
  await firstItem.getByLabel(/Your note/).fill('I think option C is also defensible.');
  await firstItem.getByRole('button', { name: 'Save report' }).click();
  await expect(firstItem.getByText('Report a problem with this question (1 saved)')).toBeVisible();
  await expect(firstItem.locator('.saved-report')).toContainText('option C is also defensible');
  await page.getByLabel('Domain').selectOption('2');
  const domain2 = await page.locator('article.review-item').count();
  expect(domain2).toBeGreaterThanOrEqual(15);
  expect(domain2).toBeLessThanOrEqual(19);

  // History: the attempt is in the list and in the chart.
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByTestId('score-chart')).toHaveAttribute('data-points', '1');
  await expect(page.locator('.chart-box[data-charts-drawn]').first()).not.toHaveAttribute('data-charts-drawn', '0');
  await expect(page.locator('table.attempts tbody tr')).toHaveCount(1);
  await expect(page.locator('table.attempts tbody tr')).toContainText(String(scaled));
  await page.getByText('Scores as a table').click();
  await expect(page.locator('.score-table tbody tr')).toContainText(`${scaled}`);
  await page.screenshot({ path: 'assets/screenshots/history.png' });
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export history (CSV)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^proctor-history-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.split('\r\n')[0]).toMatch(/^started,submitted,pack,exam/);
  expect(csv).toContain(`,${scaled},`);

  // Home shows it among the latest attempts.
  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page.locator('table.attempts tbody tr')).toContainText(scaled >= 720 ? 'Pass' : 'Fail');

  // Every missed question is now due for spaced review.
  const missed = 65 - Number(correct);
  await expect(page.getByTestId('due-count')).toContainText(`${missed} missed questions are due for review`);
  await expect(page.getByRole('button', { name: `Review ${Math.min(20, missed)} due questions` })).toBeVisible();

  // From the results, retake only the questions that were missed.
  await page.getByRole('link', { name: 'Results' }).first().click();
  await page.getByRole('button', { name: `Retake the ${missed} missed questions` }).click();
  await expect(page.locator('.position')).toHaveText(`Question 1 of ${missed}`);
  expect(consoleErrors).toEqual([]);
});

test('a "(Choose TWO.)" question takes checkboxes and stops at the number asked', async ({ page, server }) => {
  await startFullExam(page, server);
  for (let n = 1; n <= 65; n++) {
    if ((await page.locator('.choose-hint').count()) > 0) break;
    await page.keyboard.press('n');
  }
  const hint = page.locator('.choose-hint');
  await expect(hint).toBeVisible();
  const choose = Number(/Choose (\d)/.exec((await hint.textContent())!)![1]);
  const boxes = page.locator('.options input[type="checkbox"]');
  expect(await boxes.count()).toBeGreaterThan(choose);
  for (let i = 0; i < choose; i++) await boxes.nth(i).check();
  await expect(boxes.nth(choose)).toBeDisabled();
  await page.keyboard.press(String(choose + 1));
  await expect(boxes.nth(choose)).not.toBeChecked();
  await expect(hint).toContainText(`${choose} of ${choose} selected`);
  await boxes.nth(0).uncheck();
  await expect(boxes.nth(choose)).toBeEnabled();
  await page.screenshot({ path: 'assets/screenshots/exam.png' });
});
