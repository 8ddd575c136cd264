/**
 * Starts the real `proctor serve` (the built CLI) on a free port with a fresh data folder for
 * each test, and opens the URL it prints, as a user would.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ProctorServer {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
  /** Moves the server's clock forward (test hook), e.g. to reach an exam's deadline. */
  advanceClock: (ms: number) => Promise<void>;
}

export async function startServer(dataDir: string, extraEnv: Record<string, string> = {}): Promise<ProctorServer> {
  const child = spawn(process.execPath, ['bin/proctor.mjs', 'serve', '--port', '0', '--no-open', '--data-dir', dataDir], {
    env: { ...process.env, PROCTOR_TEST_HOOKS: '1', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 20_000);
    const check = () => {
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
  });
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token')!;
  return {
    url,
    origin: parsed.origin,
    token,
    dataDir,
    process: child,
    output: () => output,
    advanceClock: async (ms) => {
      const response = await fetch(`${parsed.origin}/__test/advance-clock`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ ms }),
      });
      if (!response.ok) throw new Error(`advance-clock failed: ${response.status}`);
    },
  };
}

export function stopServer(server: ProctorServer): Promise<void> {
  return new Promise((resolve) => {
    if (server.process.exitCode !== null) return resolve();
    server.process.once('exit', () => resolve());
    server.process.kill('SIGINT');
  });
}

export const test = base.extend<{ server: ProctorServer; consoleErrors: string[] }>({
  server: async ({}, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'proctor-e2e-'));
    const server = await startServer(dataDir);
    await use(server);
    await stopServer(server);
    await rm(dataDir, { recursive: true, force: true });
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
  },
});

export { expect };

/** Answers the question on screen: the first option(s), as many as it asks for. */
export async function answerCurrent(
  page: Page,
  pick: (count: number) => number[] = (n) => Array.from({ length: n }, (_, i) => i),
): Promise<void> {
  const hint = page.locator('.choose-hint');
  const choose = (await hint.count()) > 0 ? Number(/Choose (\d)/.exec((await hint.textContent()) ?? '')![1]) : 1;
  const options = page.locator('.options label.option');
  for (const index of pick(choose)) await options.nth(index).click();
}

export async function startFullExam(page: Page, server: ProctorServer): Promise<void> {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Start full-length exam' }).first().click();
  await expect(page.getByText('Question 1 of 65')).toBeVisible();
}

/** Ends a fresh full-length exam at once and opens its review (every question unanswered). */
export async function reviewUnansweredExam(page: Page, server: ProctorServer): Promise<void> {
  await startFullExam(page, server);
  await page.getByRole('button', { name: 'End exam' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'End exam' }).click();
  await page.getByRole('link', { name: 'Review answers' }).click();
}
