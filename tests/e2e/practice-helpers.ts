/** Opening the custom drill builder through its route query, and answering in practice. */
import type { Page } from '@playwright/test';
import { expect, type ProctorServer } from './fixtures.ts';

/** Opens `#/drill?…` filled as a link from another screen would, and waits for the count. */
export async function openBuilder(page: Page, server: ProctorServer, query: Record<string, string>): Promise<void> {
  await page.goto(`${server.url}#/drill?${new URLSearchParams(query).toString()}`);
  await expect(page.getByRole('heading', { name: 'Custom drill' })).toBeVisible();
  await expect(page.getByTestId('matching')).toContainText(/\d+ questions? match/);
}

/** Starts the drill the builder shows and waits for its first question. */
export async function startDrill(page: Page, count: number): Promise<void> {
  await page.getByRole('button', { name: 'Start drill' }).click();
  await expect(page.locator('.position')).toHaveText(`Question 1 of ${count}`);
}

/** How many options the question on screen asks for. */
export async function chooseCount(page: Page): Promise<number> {
  const hint = page.locator('.choose-hint');
  return (await hint.count()) > 0 ? Number(/Choose (\d)/.exec((await hint.textContent()) ?? '')![1]) : 1;
}

/** The question ids of a running attempt, read by walking it with N. */
export async function questionIds(page: Page, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    ids.push((await page.locator('section.question').getAttribute('data-question-id'))!);
    if (n < count - 1) await page.keyboard.press('n');
  }
  return ids;
}

/** Ends the attempt on screen from its controls ("End exam" or "End practice"), confirmed. */
export async function endAttempt(page: Page, what: 'exam' | 'practice'): Promise<void> {
  await page
    .locator('.exam-controls')
    .getByRole('button', { name: `End ${what}` })
    .click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: `End ${what}` })
    .click();
  await expect(page.getByRole('heading', { name: /^Results/ })).toBeVisible();
}
