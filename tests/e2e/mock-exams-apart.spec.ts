/** History counts mock exams only: a perfect retake is listed, but is not the best score nor a pass. */
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { firstPackId, keysOf, takeAttempt } from './seed.ts';

test('a perfect retake has no verdict and is not counted in best, passed or the trend; a review shows each question’s history', async ({
  page,
  server,
  consoleErrors,
}) => {
  const packId = await firstPackId(server);
  // A mock exam left unanswered (a fail at 100), then a retake of all its questions, answered right.
  const mock = await takeAttempt(server, packId, { kind: 'full' }, () => undefined);
  const keys = await keysOf(server, mock);
  const retake = await takeAttempt(server, packId, { kind: 'retake', fromAttemptId: mock, which: 'missed' }, (q) => keys.get(q.questionId));

  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await expect(page.getByTestId('counting')).toHaveText(
    'Scores count 1 mock exam only; 1 drill, retake, review or practice session is listed but not scored.',
  );
  await expect(page.getByTestId('mock-count')).toHaveText('1');
  await expect(page.getByTestId('pass-count')).toHaveText('0');
  await expect(page.getByTestId('best-score')).toHaveText('100');
  await expect(page.getByTestId('recent-average')).toHaveText('100');
  await expect(page.getByTestId('score-chart')).toHaveAttribute('data-points', '1');
  const retakeRow = page.locator(`table.attempts tr[data-attempt-id="${retake}"]`);
  await expect(retakeRow).toContainText('Retake');
  await expect(retakeRow).toContainText('100% (65 of 65)');
  await expect(retakeRow).toContainText('Not scored');
  await expect(retakeRow.locator('.badge.pass, .badge.fail')).toHaveCount(0);
  const mockRow = page.locator(`table.attempts tr[data-attempt-id="${mock}"]`);
  await expect(mockRow).toContainText('Mock exam');
  await expect(mockRow.locator('.badge.fail')).toHaveText('Fail');

  // Every answer per question, for other tools: all, or only the wrong ones.
  const saving = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export answers as CSV' }).click();
  const csvFile = await saving;
  expect(csvFile.suggestedFilename()).toMatch(/^proctor-answers-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile((await csvFile.path())!, 'utf8')).trim().split('\r\n');
  expect(csv[0]).toBe('submitted,attempt_id,kind,pack,question_id,domain,task,topics,chosen,correct,time_seconds');
  expect(csv).toHaveLength(1 + 130);
  await expect(page.getByText('Saved proctor-answers-')).toContainText('130 answers');
  await page.getByLabel('Only the wrong ones').check();
  const savingJson = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export answers as JSON' }).click();
  const json = JSON.parse(await readFile((await (await savingJson).path())!, 'utf8')) as { answers: { attemptId: string }[] };
  expect(json.answers).toHaveLength(65);
  expect(json.answers.every((a) => a.attemptId === mock)).toBe(true);

  // Home lists both the same way.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.locator(`table.attempts tr[data-attempt-id="${retake}"]`)).toContainText('Not scored');

  // The retake's results: percent correct, no verdict, no scaled score, its breakdowns.
  await page.locator(`table.attempts tr[data-attempt-id="${retake}"]`).getByRole('link', { name: 'Results' }).click();
  await expect(page.getByTestId('not-scored')).toContainText('no pass or fail and no scaled score');
  await expect(page.getByTestId('verdict')).toHaveCount(0);
  await expect(page.getByTestId('scaled')).toHaveCount(0);
  await expect(page.getByTestId('percent')).toContainText('100%');
  await expect(page.getByTestId('change')).toContainText('This is your first retake');
  await expect(page.getByTestId('by-topic').locator('tbody tr')).not.toHaveCount(0);
  await expect(page.getByTestId('average-time')).toContainText('65 questions timed');

  // Its review: each question with its history over both attempts.
  await page.getByRole('link', { name: 'Review answers' }).click();
  await expect(page.getByTestId('question-history').first()).toHaveText('Right the only time you answered it; left unanswered once.');
  await expect(page.getByTestId('question-history')).toHaveCount(65);
  expect(consoleErrors).toEqual([]);
});
