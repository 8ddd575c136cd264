/**
 * Exam packs are untrusted. A pack full of XSS payloads in stems, options and explanations is
 * rendered inert in Chromium: no script runs, no handler attribute or javascript: link
 * survives, and only https links open, in a new window outside the app.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { expect, startServer, stopServer, test } from './fixtures.ts';

const PAYLOADS = [
  '<script>window.__xss = "script"</script>',
  '<img src=x onerror="window.__xss = \'img\'">',
  '<svg onload="window.__xss = \'svg\'"><circle r="5"/></svg>',
  '[click me](javascript:window.__xss="md-link")',
  '<a href="javascript:window.__xss=\'a\'">raw link</a>',
  '[data link](data:text/html,<script>window.__xss="data"</script>)',
  '![image](javascript:window.__xss="img-md")',
  '<javascript:window.__xss="autolink">',
  '[entity](&#106;avascript:window.__xss="entity")',
  '<iframe src="javascript:window.__xss=\'iframe\'"></iframe>',
  '<style>body{display:none}</style>',
  '<div style="background:url(javascript:alert(1))" onclick="window.__xss=\'div\'">div</div>',
  '[safe docs link](https://docs.aws.amazon.com/lambda/latest/dg/welcome.html)',
];

async function writeXssPack(dataDir: string): Promise<void> {
  const folder = join(dataDir, 'packs', 'xss');
  await mkdir(join(folder, 'questions'), { recursive: true });
  await writeFile(
    join(folder, 'pack.yaml'),
    stringify({
      id: 'xss-pack',
      title: 'Hostile <b onmouseover="window.__xss=\'title\'">pack</b>',
      exam: { questionCount: 4, durationMinutes: 10, passingScaledScore: 720 },
      domains: [{ number: 1, title: 'Only <script>x</script>', weight: 100, tasks: [{ id: '1.1', title: 'Task' }] }],
    }),
  );
  const questions = PAYLOADS.slice(0, 4).map((_, i) => ({
    id: `x${i}`,
    domain: 1,
    task: '1.1',
    type: 'single',
    difficulty: 2,
    topics: ['xss'],
    stem: `Question ${i}: ${PAYLOADS.join('\n\n')}`,
    options: [0, 1, 2, 3].map((k) => ({
      text: `Option ${k} ${PAYLOADS[(i + k) % PAYLOADS.length]}`,
      correct: k === 0,
      explanation: `Because ${PAYLOADS[(i + k + 5) % PAYLOADS.length]} and ${PAYLOADS.at(-1)}`,
    })),
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/welcome.html'],
  }));
  await writeFile(join(folder, 'questions', 'hostile.yaml'), stringify({ questions }));
}

async function expectInert(page: import('@playwright/test').Page): Promise<void> {
  const report = await page.evaluate(() => {
    const md = [...document.querySelectorAll('.md')];
    const all = md.flatMap((root) => [root, ...root.querySelectorAll('*')]);
    return {
      xss: (window as unknown as { __xss?: string }).__xss ?? null,
      scripts: [...document.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? 'inline'),
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`)),
      styles: all.filter((el) => el.hasAttribute('style')).length,
      dangerousTags: md.flatMap((root) =>
        [...root.querySelectorAll('script, svg, img, iframe, style, object, embed, form, input')].map((el) => el.tagName),
      ),
      links: md.flatMap((root) =>
        [...root.querySelectorAll('a')].map((a) => ({
          href: a.getAttribute('href'),
          target: a.getAttribute('target'),
          rel: a.getAttribute('rel'),
        })),
      ),
      mdCount: md.length,
    };
  });
  expect(report.mdCount).toBeGreaterThan(0);
  expect(report.xss).toBeNull();
  expect(report.scripts.every((src) => /assets\/.*\.js$/.test(src))).toBe(true);
  expect(report.handlers).toEqual([]);
  expect(report.styles).toBe(0);
  expect(report.dangerousTags).toEqual([]);
  for (const link of report.links) {
    if (link.href !== null) expect(link.href).toMatch(/^https:\/\//);
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
  }
}

test('an XSS corpus in stems, options and explanations is rendered inert; only https links open, outside the app', async ({ page }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'proctor-xss-'));
  await writeXssPack(dataDir);
  const server = await startServer(dataDir);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  try {
    await page.goto(server.url);
    const card = page.locator('section.pack', { hasText: 'Hostile' });
    await expect(card.getByRole('heading', { level: 2 })).toContainText('<b onmouseover=');
    await card.getByRole('button', { name: 'Start full-length exam' }).click();
    await expect(page.getByText('Question 1 of 4')).toBeVisible();
    await expect(page.locator('.stem')).toContainText('<script>window.__xss = "script"</script>');
    for (let i = 0; i < 4; i++) {
      await expectInert(page);
      await page.locator('.options label.option').first().click();
      if (i < 3) await page.keyboard.press('n');
    }
    await page.getByRole('button', { name: 'End exam' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'End exam' }).click();
    await page.getByRole('link', { name: 'Review answers' }).click();
    await expect(page.locator('article.review-item')).toHaveCount(4);
    await expectInert(page);
    const appUrl = page.url();
    // A javascript: link is shown as plain text: clicking it goes nowhere.
    await page.locator('.md', { hasText: 'click me' }).first().getByText('click me').click();
    expect(page.url()).toBe(appUrl);
    // An https link opens a new window; the app stays where it was.
    const popupPromise = page.waitForEvent('popup');
    await page.locator('.md a', { hasText: 'safe docs link' }).first().click();
    const popup = await popupPromise;
    expect(popup.url()).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/|^about:blank|^chrome-error:/);
    await popup.close();
    expect(page.url()).toBe(appUrl);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss ?? null)).toBeNull();
  } finally {
    await stopServer(server);
    await rm(dataDir, { recursive: true, force: true });
  }
});
