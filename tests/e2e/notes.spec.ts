/** The Notes screen from the keyboard: find a note, open it, practise its questions; a reviewed question's topic opens its note. */
import { expect, reviewUnansweredExam, test } from './fixtures.ts';

test('find a note from the keyboard, open it and start a practice drill on its questions', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Notes', level: 1 })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/^\d+ notes\.$/);
  const search = page.getByRole('searchbox', { name: 'Find a note by title or topic' });
  await search.focus();
  await page.keyboard.type('sqs dlq');
  await expect(page.getByRole('status')).toHaveText(/^1 note of \d+ match\.$/);
  await expect(page).toHaveURL(/#\/notes\?q=sqs/);
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText(/^Amazon SQS/);
  const listed = await page.locator('.note-list li').first().textContent();
  const count = Number(/(\d+) questions/.exec(listed ?? '')![1]);
  expect(count).toBeGreaterThanOrEqual(8);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/#\/notes\?pack=dva-c02&note=sqs$/);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(/^Amazon SQS/);
  await expect(heading).toBeFocused();
  // The note's Markdown through the safe path: headings, and AWS links that open outside the app.
  await expect(page.locator('.note-body h3').first()).toBeVisible();
  const link = page.locator('.note-body a[href^="https://docs.aws.amazon.com"]').first();
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
  await expect(page.locator('.note-body script, .note-body [onclick]')).toHaveCount(0);

  await page.keyboard.press('Tab');
  const practise = page.getByRole('button', { name: `Practise these ${count} questions` });
  await expect(practise).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/exam\//);
  await expect(page.getByText(`Question 1 of ${count}`)).toBeVisible();
  // It is a practice attempt on the note's topics, saved like the others.
  const attempts = await page.evaluate(async () => {
    const token = sessionStorage.getItem('proctor.token');
    const response = await fetch('./api/listAttempts', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{}',
    });
    return ((await response.json()) as { value: { unfinished: { kind: string; questionCount?: number }[] } }).value;
  });
  expect(attempts.unfinished[0]).toMatchObject({ kind: 'custom' });
});

test("a reviewed question's topic opens the note on it; an unknown topic says so", async ({ page, server }) => {
  await reviewUnansweredExam(page, server);
  const topicLink = page.locator('.review-topics a').first();
  await expect(topicLink).toBeVisible();
  const topic = (await topicLink.textContent())!.trim();
  await topicLink.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/notes\\?pack=dva-c02&topic=${topic}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.locator('.note p.muted').first()).toContainText(topic);
  await page.getByRole('link', { name: '← All notes' }).click();
  await expect(page.getByRole('searchbox')).toBeVisible();
  await page.goto(`${server.url.replace(/\?token=.*/, '')}#/notes?topic=no-such-topic`);
  await expect(page.getByRole('alert')).toHaveText('No note teaches the topic "no-such-topic" yet.');
});
