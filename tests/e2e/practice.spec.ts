/** Practice mode as a learner uses it: check, the key and explanations, pause, resume, reload, the scratch pad, Enter. */
import { answerCurrent, expect, test } from './fixtures.ts';
import { chooseCount, endAttempt, openBuilder, startDrill } from './practice-helpers.ts';

test('a practice session: check shows the key and explanations, pause hides the question, a reload keeps both', async ({
  page,
  server,
  consoleErrors,
}) => {
  await openBuilder(page, server, { tasks: '1.2', count: '4', feedback: 'practice', timing: 'none' });
  await expect(page.getByRole('checkbox', { name: /Task 1\.2/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /Practice: the key/ })).toBeChecked();
  await startDrill(page, 4);
  await expect(page.getByRole('timer', { name: 'Time spent' })).toBeVisible();
  await expect(page.getByTestId('verdict')).toHaveCount(0);

  await answerCurrent(page);
  await page.getByRole('button', { name: 'Check answer' }).click();
  const reveal = page.getByTestId('reveal');
  await expect(reveal.getByRole('status')).toContainText(/Correct|Incorrect/);
  await expect(reveal.getByText('Correct answer').first()).toBeVisible();
  await expect(reveal.locator('.explanation').first()).toBeVisible();
  await expect(reveal.locator('.references a').first()).toHaveAttribute('href', /^https:\/\//);
  // A checked answer is final.
  await expect(page.locator('.options input').first()).toBeDisabled();
  await expect(page.getByTestId('practice-score')).toContainText('1 checked');

  await page.getByRole('button', { name: 'Scratch pad' }).click();
  // Keys typed in the pad are text, not exam commands: "n" does not go to the next question.
  await page.getByLabel(/Notes for yourself/).fill('SQS visibility timeout > function timeout');
  await page.getByLabel(/Notes for yourself/).press('n');
  await expect(page.locator('.position')).toHaveText('Question 1 of 4');
  await expect(page.locator('.save-state')).toHaveText('Saved');

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('heading', { name: 'Paused' })).toBeVisible();
  await expect(page.locator('section.question')).toHaveCount(0);
  await expect(page.locator('.save-state')).toHaveText('Saved');
  const clock = await page.getByRole('timer').textContent();
  await server.advanceClock(5 * 60_000);
  await page.reload();
  // Paused across the reload: the clock did not move while the server's time went on.
  await expect(page.getByRole('heading', { name: 'Paused' })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(clock!);
  await page.getByRole('button', { name: 'Resume practice' }).click();
  await expect(page.locator('section.question')).toBeVisible();
  await expect(page.getByTestId('reveal').getByRole('status')).toContainText(/Correct|Incorrect/);
  await expect(page.getByLabel(/Notes for yourself/)).toHaveValue('SQS visibility timeout > function timeoutn');

  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.locator('.position')).toHaveText('Question 2 of 4');
  await expect(page.getByTestId('reveal')).toHaveCount(0);
  await endAttempt(page, 'practice');
  await expect(page.getByTestId('verdict')).toHaveCount(0);
  await expect(page.getByTestId('not-scored')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('keyboard only: a letter chooses, Enter checks, Enter goes on; with reveal at once the key shows on a complete answer', async ({
  page,
  server,
}) => {
  await openBuilder(page, server, { domains: '2', count: '3', feedback: 'practice' });
  await page.getByRole('button', { name: 'Start drill' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.position')).toHaveText('Question 1 of 3');
  await expect(page.locator('.keys')).toContainText('Enter check the answer');
  for (let n = 1; n <= 2; n++) {
    const choose = await chooseCount(page);
    for (let i = 0; i < choose; i++) await page.keyboard.press(String(i + 1));
    await expect(page.getByTestId('reveal')).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('reveal').getByRole('status')).toContainText(/Correct|Incorrect/);
    await page.keyboard.press('Enter');
    await expect(page.locator('.position')).toHaveText(`Question ${n + 1} of 3`);
  }
  // On the last question Enter, after the check, offers to end the practice.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('reveal').getByRole('status')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alertdialog')).toContainText('End practice?');
  await page.keyboard.press('Escape');

  await openBuilder(page, server, { domains: '3', count: '2', feedback: 'practice', reveal: 'at-once' });
  await expect(page.getByRole('radio', { name: /As soon as my answer is complete/ })).toBeChecked();
  await startDrill(page, 2);
  const choose = await chooseCount(page);
  for (let i = 0; i < choose; i++) await page.keyboard.press(String.fromCharCode(97 + i));
  await expect(page.getByTestId('reveal').getByRole('status')).toContainText(/Correct|Incorrect/);
});
