/** The app:// handler the built main process registers, asked as Chromium would ask it. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/node/transport/web-security.ts';
import { ROOT, startMain, type RunningMain } from './harness/load.ts';

let running: RunningMain;
let get: (url: string) => Promise<Response>;

beforeAll(async () => {
  running = await startMain(join(await mkdtemp(join(tmpdir(), 'proctor-main-')), 'data'));
  const handler = running.fake.protocolHandlers.get('app')!;
  get = async (url) => handler(new Request(url));
});
afterAll(async () => {
  await running.quit();
  await rm(join(process.env.PROCTOR_DATA_DIR!, '..'), { recursive: true, force: true });
});

const renderer = join(ROOT, 'dist', 'renderer');

describe('app://proctor', () => {
  it('serves index.html at / and at /index.html, with the CSP', async () => {
    const html = await readFile(join(renderer, 'index.html'), 'utf8');
    for (const url of ['app://proctor/', 'app://proctor/index.html', 'app://proctor/index.html?x=1#/exam/abc']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toBe(html);
    }
  });

  it('serves every built asset with its MIME type, byte for byte', async () => {
    const types: Record<string, string> = {
      '.js': 'text/javascript; charset=utf-8',
      '.css': 'text/css; charset=utf-8',
      '.svg': 'image/svg+xml',
    };
    const assets = await readdir(join(renderer, 'assets'));
    expect(assets.some((name) => name.endsWith('.js'))).toBe(true);
    expect(assets.some((name) => name.endsWith('.css'))).toBe(true);
    for (const name of [...assets.map((a) => `assets/${a}`), 'favicon.svg']) {
      const extension = /\.[a-z0-9]+$/.exec(name)?.[0] ?? '';
      if (!types[extension]) continue;
      const response = await get(`app://proctor/${name}`);
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type'), name).toBe(types[extension]);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(Buffer.from(await response.arrayBuffer()).equals(await readFile(join(renderer, name))), name).toBe(true);
    }
  });

  it('never serves a file outside the renderer folder', async () => {
    // The URL parser resolves plain ../ itself; encoded forms reach the handler.
    for (const url of [
      'app://proctor/../package.json',
      'app://proctor/%2e%2e/package.json',
      'app://proctor/..%2fpackage.json',
      'app://proctor/assets/..%2f..%2f..%2fpackage.json',
      'app://proctor/%2e%2e%2f%2e%2e%2fexams/dva-c02/pack.yaml',
      'app://proctor/..%5c..%5cpackage.json',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).toBe('Not found.');
    }
  });

  it('answers 404 for another host, a missing file and a folder; 400 for a malformed path', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('app://proctor.evil/index.html')).status).toBe(404);
    expect((await get('app://proctor/no-such-file.js')).status).toBe(404);
    expect((await get('app://proctor/assets/')).status).toBe(404);
    expect((await get('app://proctor/assets')).status).toBe(404);
    const bad = await get('app://proctor/%E0%A4%A');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
