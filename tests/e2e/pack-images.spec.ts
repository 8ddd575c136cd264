/**
 * A pack's images in Chromium: its own raster image under images/ shows, from the pack-images
 * route; an SVG (even one named .png), a path out of images/, a remote or data: image never
 * loads or runs; the route refuses a page without the token, and traversal.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { HOSTILE_SVG, PNG_4X3 } from '../fixtures/images.ts';
import { expect, startServer, stopServer, test } from './fixtures.ts';

const STEM = [
  'Which picture is it?',
  '![the diagram](images/diagram.png)',
  '![svg](images/evil.svg)',
  '![disguised](images/disguised.png)',
  '![out](images/../pack.yaml)',
  '![sub](images/sub/deep.png)',
  '![remote](https://example.com/tracker.png)',
  '![data](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '![other pack](../other/images/diagram.png)',
].join('\n\n');

async function writeImagePack(dataDir: string): Promise<void> {
  const folder = join(dataDir, 'packs', 'img-pack');
  await mkdir(join(folder, 'questions'), { recursive: true });
  await mkdir(join(folder, 'images', 'sub'), { recursive: true });
  await writeFile(join(folder, 'images', 'diagram.png'), PNG_4X3);
  await writeFile(join(folder, 'images', 'evil.svg'), HOSTILE_SVG);
  await writeFile(join(folder, 'images', 'disguised.png'), HOSTILE_SVG);
  await writeFile(join(folder, 'images', 'sub', 'deep.png'), PNG_4X3);
  await writeFile(
    join(folder, 'pack.yaml'),
    stringify({
      id: 'img-pack',
      title: 'Pictures',
      exam: { questionCount: 1, durationMinutes: 5, passingScaledScore: 720 },
      domains: [{ number: 1, title: 'Only', weight: 100, tasks: [{ id: '1.1', title: 'Task' }] }],
    }),
  );
  const question = {
    id: 'p1',
    domain: 1,
    task: '1.1',
    type: 'single',
    difficulty: 2,
    topics: ['images'],
    stem: STEM,
    options: [
      { text: 'This one ![the diagram](images/diagram.png)', correct: true },
      { text: 'That one', correct: false },
    ],
    references: [],
  };
  await writeFile(join(folder, 'questions', 'q.yaml'), stringify({ questions: [question] }));
}

test('only a pack’s own raster images show; SVG, traversal, remote and data: images never load', async ({ page }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'proctor-images-'));
  await writeImagePack(dataDir);
  const server = await startServer(dataDir);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  try {
    await page.goto(server.url);
    await page.locator('section.pack', { hasText: 'Pictures' }).getByRole('button', { name: 'Start full-length exam' }).click();
    await expect(page.getByText('Question 1 of 1')).toBeVisible();
    const stem = page.locator('.stem .md');
    const srcs = await page.locator('.md img').evaluateAll((images) => images.map((i) => i.getAttribute('src')));
    // The diagram twice (stem and option) and the PNG-named SVG, which the sanitizer cannot tell and the route refuses.
    expect(srcs.sort()).toEqual([
      './pack-images/img-pack/diagram.png',
      './pack-images/img-pack/diagram.png',
      './pack-images/img-pack/disguised.png',
    ]);
    await expect
      .poll(() => page.locator('.md img').evaluateAll((images) => images.every((i) => (i as HTMLImageElement).complete)))
      .toBe(true);
    await expect(page.locator('.md img[alt="the diagram"]')).toHaveCount(2);
    for (const diagram of await page.locator('.md img[alt="the diagram"]').all()) await expect(diagram).toHaveJSProperty('naturalWidth', 4);
    await expect(page.locator('.md img[alt="disguised"]')).toHaveJSProperty('naturalWidth', 0);
    // The rest stay text: the reference as written, or "[image: …]" for a remote one.
    await expect(stem).toContainText('[image: remote]');
    for (const alt of ['svg', 'out', 'sub', 'data', 'other pack']) await expect(stem).toContainText(`![${alt}](`);
    expect(requested.filter((url) => !url.startsWith(server.origin))).toEqual([]);
    expect(requested.some((url) => url.includes('evil.svg'))).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss ?? null)).toBeNull();

    // The route itself: the page's cookie opens it; no token, traversal and SVG get nothing.
    const status = (path: string, withCookie = true) =>
      page.evaluate(async ([p, c]) => (await fetch(p as string, { credentials: c ? 'same-origin' : 'omit' })).status, [
        path,
        withCookie,
      ] as const);
    expect(await status('./pack-images/img-pack/diagram.png')).toBe(200);
    expect(await status('./pack-images/img-pack/diagram.png', false)).toBe(401);
    expect(await status('./pack-images/img-pack/evil.svg')).toBe(404);
    expect(await status('./pack-images/img-pack/disguised.png')).toBe(404);
    expect(await status('./pack-images/img-pack/..%2fpack.yaml')).toBe(404);
    expect(await status('./pack-images/img-pack/sub%2fdeep.png')).toBe(404);
    // Opening the SVG as a page runs nothing: it is never served.
    const response = await page.goto(`${server.origin}/pack-images/img-pack/evil.svg`);
    expect(response?.status()).toBe(404);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss ?? null)).toBeNull();
  } finally {
    await stopServer(server);
    await rm(dataDir, { recursive: true, force: true });
  }
});
