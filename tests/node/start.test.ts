/**
 * `npm start` on a machine without Electron's program: one paragraph saying so and why, then
 * Proctor in the browser (`serve`), which answers. Runs the start script's own command (after its
 * build step, which `npm test` has done) as the user's shell would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { electronExecutable, errorSummary, earlyFailure, fallbackParagraph } from '../../src/node/desktop/electron-binary.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();
const running = new Set<ChildProcess>();
afterEach(() => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  running.clear();
});
const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> };
const [build, command] = pkg.scripts.start!.split(' && ');
const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
const binaryHere = electronExecutable(electronDir, {}, process.platform).installed;

interface Started {
  child: ChildProcess;
  output: () => string;
  url: string;
  stop: () => Promise<number | null>;
}

/** The script's command, without a shell in between (so Ctrl-C reaches Proctor itself). */
async function runStart(extraArgs: string[], env: NodeJS.ProcessEnv): Promise<Started> {
  const [program, ...args] = command!.split(' ');
  expect(program).toBe('node');
  const child = spawn(process.execPath, [...args, ...extraArgs], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), 30_000);
    child.stdout!.on('data', () => {
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match) resolve((clearTimeout(timer), match[1]!));
    });
    child.on('exit', (code) => reject(new Error(`start exited with ${code}:\n${output}`)));
  });
  const stop = () =>
    new Promise<number | null>((resolve) => {
      child.once('exit', (code) => resolve(code));
      child.kill('SIGINT');
    });
  return { child, output: () => output, url, stop };
}

async function expectServeAnswers(url: string) {
  const page = await fetch(url);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<div id="app">');
  const { origin, searchParams } = new URL(url);
  const info = await fetch(`${origin}/api/getAppInfo`, {
    method: 'POST',
    headers: { authorization: `Bearer ${searchParams.get('token')}`, 'content-type': 'application/json' },
    body: '{}',
  });
  expect(await info.json()).toMatchObject({ ok: true, value: { transport: 'http' } });
}

/** A stand-in `xdg-open` on PATH that writes down what it was asked to open. */
async function fakeOpener(dir: string): Promise<{ path: string; opened: () => Promise<string> }> {
  const bin = join(dir, 'bin');
  await mkdir(bin);
  const log = join(dir, 'opened.txt');
  await writeFile(join(bin, 'xdg-open'), `#!/bin/sh\necho "$1" >> '${log}'\n`);
  await chmod(join(bin, 'xdg-open'), 0o755);
  return { path: `${bin}:${process.env.PATH}`, opened: () => readFile(log, 'utf8').catch(() => '') };
}

describe('npm start without Electron’s program', () => {
  it('builds, then runs `proctor start`', () => {
    expect(build).toBe('npm run build --silent');
    expect(command).toBe('node bin/proctor.mjs start');
  });

  it('says why in one paragraph and serves the app in the browser instead, without opening it for --no-open', async () => {
    const dir = await tempDir();
    const opener = await fakeOpener(dir);
    const empty = join(dir, 'no-electron');
    await mkdir(empty);
    const started = await runStart(['--no-open', '--data-dir', join(dir, 'data')], {
      ELECTRON_OVERRIDE_DIST_PATH: empty,
      PATH: opener.path,
      CI: '',
    });
    await expectServeAnswers(started.url);
    const before = started.output().split('Proctor is running at')[0]!.trim();
    expect(before).toBe(fallbackParagraph({ kind: 'override-missing', path: join(empty, 'electron') }));
    expect(before.split('\n\n')).toHaveLength(1);
    expect(started.output()).not.toMatch(/^\s+at /m); // no stack trace
    expect(await started.stop()).toBe(0);
    expect(await opener.opened()).toBe('');
  });

  it('opens the browser unless PROCTOR_NO_OPEN=1', async () => {
    const dir = await tempDir();
    const opener = await fakeOpener(dir);
    const env = { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'none'), PATH: opener.path, CI: '' };
    const quiet = await runStart(['--data-dir', join(dir, 'data')], { ...env, PROCTOR_NO_OPEN: '1' });
    await expectServeAnswers(quiet.url);
    await quiet.stop();
    expect(await opener.opened()).toBe('');
    const opened = await runStart(['--data-dir', join(dir, 'data')], env);
    await new Promise((r) => setTimeout(r, 500));
    await opened.stop();
    if (process.platform === 'linux') expect((await opener.opened()).trim()).toBe(opened.url);
  });

  it.skipIf(binaryHere)('tries to download it first, and says the download failed (skipped where the program is here)', async () => {
    const dir = await tempDir();
    // A mirror nothing listens on and an empty cache: the download fails at once, on any network.
    const env = { ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: join(dir, 'cache'), ELECTRON_OVERRIDE_DIST_PATH: '' };
    const started = await runStart(['--no-open', '--data-dir', join(dir, 'data')], env);
    await expectServeAnswers(started.url);
    expect(started.output()).toContain("Fetching Electron's program");
    expect(started.output()).toMatch(
      /Proctor cannot open as a desktop app here: Electron's program is not on this machine\n?[\s\S]*downloading it failed/,
    );
    expect(started.output()).not.toMatch(/^\s+at /m);
    await started.stop();
  });
});

describe('the launcher’s reasons', () => {
  it('finds the binary the way the electron package does', () => {
    expect(electronExecutable('/x/electron', { ELECTRON_OVERRIDE_DIST_PATH: '/opt/e' }, 'linux')).toEqual({
      path: '/opt/e/electron',
      override: true,
      installed: false,
    });
    expect(electronExecutable('/x/electron', {}, 'win32').path).toBe(join('/x/electron', 'dist', 'electron.exe'));
  });

  it('shows the error of a failed download, not its stack', () => {
    expect(errorSummary('TypeError: fetch failed\n    at node:internal/deps/undici:1:1\n    at async x')).toBe('TypeError: fetch failed');
    expect(errorSummary('HTTPError: Response code 404 (Not Found) for http://m/v45.5.0/electron.zip\n  at y')).toMatch(
      /^HTTPError: Response code 404/,
    );
  });

  it('falls back only when Electron dies as it starts', () => {
    const exit = {
      code: 127,
      signal: null,
      elapsedMs: 200,
      stderr: 'electron: error while loading shared libraries: libnss3.so: cannot open',
    };
    expect(earlyFailure(exit)).toBe('error while loading shared libraries: libnss3.so: cannot open');
    expect(earlyFailure({ ...exit, stderr: '[FATAL] Running as root without --no-sandbox is not supported.', code: 133 })).toContain(
      '--no-sandbox',
    );
    expect(earlyFailure({ ...exit, code: 0, stderr: '' })).toBeUndefined();
    expect(earlyFailure({ ...exit, code: 1, stderr: '', elapsedMs: 60_000 })).toBeUndefined();
    expect(earlyFailure({ ...exit, code: 1, stderr: '' })).toBeUndefined();
  });
});
