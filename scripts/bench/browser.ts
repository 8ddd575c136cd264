/** The figures measured in Chromium through `proctor serve`: start to Home, History, Progress, answering. */
import { spawn } from 'node:child_process';
import type { Browser } from 'playwright-core';

export async function startServe(dataDir: string): Promise<{ url: string; stop: () => Promise<void>; startedAt: number }> {
  const startedAt = performance.now();
  const child = spawn(process.execPath, ['bin/proctor.mjs', 'serve', '--port', '0', '--no-open', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c) => {
      out += c;
      const m = /running at (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { url, startedAt, stop: () => (child.kill('SIGINT'), exited) };
}

type Page = Awaited<ReturnType<Browser['newPage']>>;

/** Starts `proctor serve` on the folder, opens Home, runs `measure` on the page, stops. */
async function onHome<T>(
  browser: Browser,
  dataDir: string,
  measure: (page: Page, url: string, startedAt: number) => Promise<T>,
): Promise<T> {
  const server = await startServe(dataDir);
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Start full-length exam' }).first().waitFor();
    const result = await measure(page, server.url, server.startedAt);
    await page.close();
    return result;
  } finally {
    await server.stop();
  }
}

/** From Home to the screen at `route` showing what `shown` waits for. */
function timeScreen(browser: Browser, dataDir: string, route: string, shown: (page: Page) => Promise<unknown>): Promise<number> {
  return onHome(browser, dataDir, async (page, url) => {
    const t = performance.now();
    await page.goto(`${url}#/${route}`);
    await shown(page);
    return performance.now() - t;
  });
}

/** From spawning `proctor serve` to Home showing its start button. */
export function startToHome(browser: Browser, dataDir: string): Promise<number> {
  return onHome(browser, dataDir, async (_page, _url, startedAt) => performance.now() - startedAt);
}

/** From opening Progress to its figures shown: readiness, the mastery tables and the trend drawn (or said to be empty). */
export function progressShown(browser: Browser, dataDir: string): Promise<number> {
  return timeScreen(browser, dataDir, 'progress', async (page) => {
    await page.getByTestId('readiness').waitFor();
    await page.getByTestId('topic-table').waitFor();
    await page.locator('.chart-box[data-charts-drawn="2"], [data-testid="no-trend"]').first().waitFor();
  });
}

/** From opening History to both charts drawn. */
export function historyDrawn(browser: Browser, dataDir: string): Promise<number> {
  return timeScreen(browser, dataDir, 'history', (page) => page.locator('.chart-box[data-charts-drawn="2"]').waitFor());
}

/**
 * In the page: the frame interval (median of 60 frames), then a click on an answer and a press of
 * N, 60 times each, each at a random moment of the frame. `work`: input until the DOM is updated
 * and laid out (what must fit in half a frame); `paint`: input until the next animation frame.
 * Passed as text: tsx would wrap a function in helpers the page does not have.
 */
const ANSWERING = `(async () => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const frames = [];
  let last = await frame();
  for (let i = 0; i < 60; i++) { const now = await frame(); frames.push(now - last); last = now; }
  const work = [];
  const paint = [];
  const measure = async (input) => {
    await frame();
    await pause(Math.random() * 16);
    const t = performance.now();
    input();
    await Promise.resolve();
    document.body.offsetHeight;
    work.push(performance.now() - t);
    paint.push((await frame()) - t);
  };
  for (let i = 0; i < 60; i++) {
    await measure(() => document.querySelectorAll('.options label.option')[i % 2].click());
    await measure(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true })));
  }
  return { frames, work, paint };
})()`;

export function answering(browser: Browser, dataDir: string): Promise<{ frames: number[]; work: number[]; paint: number[] }> {
  return onHome(browser, dataDir, async (page) => {
    await page.getByRole('button', { name: 'Start full-length exam' }).first().click();
    await page.locator('.options label.option').first().waitFor();
    return (await page.evaluate(ANSWERING)) as { frames: number[]; work: number[]; paint: number[] };
  });
}
