/** The Progress screen with real data from finished attempts, and charts whose points open results. */
import { expectAccessible } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { firstPackId, takeAttempt } from './seed.ts';

test('Progress: "Not enough data" first, then readiness, trends, mastery and weakest topics that link to a drill', async ({
  page,
  server,
  consoleErrors,
}) => {
  // Four attempts through the API and axe twice on a screen full of tables: more than the default two minutes here.
  test.setTimeout(300_000);
  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  const readiness = page.getByTestId('readiness');
  await expect(readiness).toHaveAttribute('data-status', 'not-enough-data');
  await expect(readiness).toContainText('Not enough data');
  await expect(page.getByTestId('readiness-missing')).toContainText('Answer 100 more questions');
  await expect(page.getByTestId('no-trend')).toBeVisible();
  await expect(page.getByTestId('task-mastery').locator('tbody tr')).toHaveCount(13);

  // One mock exam: still not enough, and the screen says what is missing.
  const packId = await firstPackId(server);
  await takeAttempt(server, packId, { kind: 'full' });
  await page.reload();
  await expect(page.getByTestId('readiness-missing')).toContainText('Answer 35 more questions (65 of the 100 needed');
  await expect(page.getByTestId('progress-counts')).toContainText('1 finished attempt of');

  // Three mock exams and a drill: enough for an estimate.
  await takeAttempt(server, packId, { kind: 'full' });
  await takeAttempt(server, packId, { kind: 'drill', domains: [4], count: 10 });
  const last = await takeAttempt(server, packId, { kind: 'full' });
  await page.reload();
  await expect(readiness).toHaveAttribute('data-status', 'ready');
  await expect(page.getByTestId('readiness-probability')).toHaveText(/^\d{1,3}%$/);
  await expect(readiness).toContainText(/likely between \d+% and \d+%/);
  await readiness.getByText('How this is computed').click();
  await expect(readiness).toContainText('half as much after 14 days');
  await expect(page.getByTestId('progress-counts')).toContainText(
    'Scores count 3 mock exams only; 1 drill, retake, review or practice session is listed but not scored.',
  );
  const trend = page.getByTestId('trend-chart');
  await expect(trend).toHaveAttribute('data-points', '3');
  await expect(page.getByTestId('domain-trend-chart')).toBeVisible();
  const answered = page.getByTestId('task-mastery').locator('tbody tr').filter({ hasNotText: 'never' });
  expect(await answered.count()).toBeGreaterThan(8);

  // Weakest topics, each a link to a practice drill of ten on it and to its note.
  const weakest = page.getByTestId('weakest-topics').locator('li');
  await expect(weakest).toHaveCount(5);
  const topic = (await weakest.first().getAttribute('data-topic'))!;
  await expect(weakest.first().getByRole('link', { name: /^Read the note/ })).toHaveAttribute('href', `#/notes?topic=${topic}`);
  const drill = weakest.first().getByRole('link', { name: /^Drill / });
  await expect(drill).toHaveAttribute('href', `#/drill?topics=${topic}&feedback=practice&count=10`);

  // The topic table sorts from buttons in its headings.
  const topicHeader = page.getByTestId('topic-table').locator('th', { has: page.getByRole('button', { name: 'Topic' }) });
  await expect(topicHeader).toHaveAttribute('aria-sort', 'none');
  await page.getByRole('button', { name: 'Topic', exact: true }).click();
  await expect(topicHeader).toHaveAttribute('aria-sort', 'ascending');
  const names = await page.getByTestId('topic-table').locator('tbody th').allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  await page.getByRole('button', { name: 'Topic', exact: true }).press('Enter');
  await expect(topicHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByTestId('time-by-domain')).toBeVisible();
  // axe on the screen full of data, in both schemes (accessibility.spec.ts checks it nearly empty).
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page, `progress with data (${colorScheme})`);
  }

  // A click on the latest point of the trend opens that mock exam's results.
  await expect(page.locator('.chart-box[data-charts-drawn="2"]')).toBeVisible();
  const points = JSON.parse((await trend.getAttribute('data-points-at'))!) as [number, number][];
  expect(points).toHaveLength(3);
  await trend.click({ position: { x: points[2]![0], y: points[2]![1] } });
  await expect(page).toHaveURL(new RegExp(`#/results/${last}$`));
  await expect(page.getByTestId('verdict')).toBeVisible();
  await expect(page.getByTestId('change')).toContainText('Against your previous mock exam');
  await expect(page.getByTestId('by-task').locator('tbody tr')).not.toHaveCount(0);

  // The same from the keyboard: the trend's table links every point to its results.
  await page.goBack();
  await page.getByText('The trend as a table').click();
  await page.getByTestId('trend-table').getByRole('link').first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/results\//);
  await expect(page.getByTestId('verdict')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
