// Renders assets/icon.svg into the icons the installers use, with the Chromium the tests use:
// assets/icons/<n>x<n>.png (Linux), assets/icon.png (1024 px), assets/icon.ico (Windows) and
// assets/icon.icns (macOS). Run `npx tsx scripts/make-icons.ts` after changing the SVG.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { encodeIcns, encodeIco, pngSize } from './icon-formats.ts';

const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const svg = await readFile('assets/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.PROCTOR_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const pngs = new Map<number, Buffer>();
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    if (pngSize(png).width !== size) throw new Error(`rendered ${pngSize(png).width}px for ${size}px`);
    pngs.set(size, png);
  }
} finally {
  await browser.close();
}
await mkdir('assets/icons', { recursive: true });
for (const size of SIZES.filter((s) => s <= 512)) await writeFile(join('assets/icons', `${size}x${size}.png`), pngs.get(size)!);
await writeFile('assets/icon.png', pngs.get(1024)!);
await writeFile('assets/icon.ico', encodeIco([16, 24, 32, 48, 64, 128, 256].map((s) => pngs.get(s)!)));
await writeFile('assets/icon.icns', encodeIcns(pngs));
console.log(`icons written for ${SIZES.join(', ')} px`);
