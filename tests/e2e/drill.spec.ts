/** The custom drill builder and spaced review through `proctor serve`: sources that read what the user did before. */
import { answerCurrent, expect, test } from './fixtures.ts';
import { endAttempt, openBuilder, questionIds, startDrill } from './practice-helpers.ts';

test('a drill on a task statement from the questions missed before: the count is live, zero is refused', async ({ page, server }) => {
  // Nothing is missed yet: the builder says so and refuses to start.
  await openBuilder(page, server, { tasks: '3.2', source: 'missed' });
  await expect(page.getByTestId('matching')).toHaveText('0 questions match.');
  await expect(page.getByRole('alert')).toContainText('No question matches');
  await expect(page.getByRole('button', { name: 'Start drill' })).toBeDisabled();

  // A short exam-style drill on task 3.2, left unanswered: three misses.
  await page.getByRole('radio', { name: 'All questions' }).check();
  await expect(page.getByTestId('matching')).toContainText(/^\d+ questions match; the drill takes 20\./);
  await page.getByLabel('Number of questions').fill('3');
  await page.getByRole('radio', { name: /Exam-style/ }).check();
  await page.getByRole('radio', { name: /The exam's pace/ }).check();
  await expect(page.getByTestId('matching')).toContainText('the drill takes 3.');
  // The form is kept in the address: a reload (or a link) opens it the same.
  await expect(page).toHaveURL(/#\/drill\?.*tasks=3\.2.*count=3.*timing=exam-pace.*feedback=exam/);
  await page.reload();
  await expect(page.getByRole('radio', { name: /Exam-style/ })).toBeChecked();
  await expect(page.getByLabel('Number of questions')).toHaveValue('3');
  await startDrill(page, 3);
  await expect(page.getByRole('timer', { name: 'Time remaining' })).toHaveText(/(6:00|5:[0-5]\d)$/);
  await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
  const missed = await questionIds(page, 3);
  await endAttempt(page, 'exam');
  await expect(page.getByTestId('verdict')).toHaveCount(0);

  await openBuilder(page, server, { tasks: '3.2', source: 'missed', feedback: 'practice' });
  await expect(page.getByTestId('matching')).toHaveText('3 questions match; the drill takes 3.');
  // Another task statement too: questions of either (still only the missed ones).
  await page.getByRole('checkbox', { name: /Task 1\.1/ }).check();
  await expect(page.getByTestId('matching')).toHaveText('3 questions match; the drill takes 3.');
  await page.getByRole('checkbox', { name: /Task 1\.1/ }).uncheck();
  await startDrill(page, 3);
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  const drilled = await questionIds(page, 3);
  expect([...drilled].sort()).toEqual([...missed].sort());
});

test('a spaced review after a miss runs as practice, with no pass or fail', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByTestId('due-count')).toContainText('Nothing due');
  await openBuilder(page, server, { domains: '4', count: '2', feedback: 'exam', timing: 'exam-pace' });
  await startDrill(page, 2);
  await endAttempt(page, 'exam');
  await page.getByRole('link', { name: 'Home' }).last().click();
  await expect(page.getByTestId('due-count')).toContainText('2 missed questions are due');
  await page.getByRole('button', { name: 'Review 2 due questions' }).click();
  await expect(page.locator('.position')).toHaveText('Question 1 of 2');
  await expect(page.locator('.exam-title')).toContainText('Spaced review');
  await expect(page.getByRole('timer', { name: 'Time spent' })).toBeVisible();
  for (let n = 1; n <= 2; n++) {
    await answerCurrent(page);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.getByTestId('reveal').getByRole('status')).toContainText(/Correct|Incorrect/);
    await page.getByRole('button', { name: n === 1 ? 'Next question' : 'Finish and see results' }).click();
  }
  await page.getByRole('alertdialog').getByRole('button', { name: 'End practice' }).click();
  await expect(page.getByRole('heading', { name: /^Results: Spaced review/ })).toBeVisible();
  await expect(page.getByTestId('verdict')).toHaveCount(0);
  await expect(page.getByTestId('scaled')).toHaveCount(0);
  await expect(page.getByTestId('not-scored')).toBeVisible();
});

test('Home lists the practice exams with taken, last and best score and the date', async ({ page, server }) => {
  await page.goto(server.url);
  const table = page.getByTestId('practice-exams').first();
  const first = table.locator('tbody tr').first();
  await expect(first).toContainText('Not yet');
  await first.getByRole('button').click();
  await expect(page.locator('.position')).toHaveText(/Question 1 of \d+/);
  await endAttempt(page, 'exam');
  const scaled = (await page.getByTestId('scaled').textContent())!.trim().split(' ')[0]!;
  await page.getByRole('link', { name: 'Home' }).last().click();
  await expect(first).toContainText('1 time');
  await expect(first.locator('td').nth(1)).toContainText(`${scaled} (0%, fail)`);
  await expect(first.locator('td').nth(2)).toContainText(`${scaled} (0%, fail)`);
  await expect(first.locator('td').nth(3)).toContainText(String(new Date().getFullYear()));
  await expect(table.locator('tbody tr').nth(1)).toContainText('Not yet');
});
