/**
 * `proctor start` (what `npm start` runs): the desktop app where Electron's program is here or can
 * be fetched; otherwise one paragraph saying why, and the same app in the browser (`serve`).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  earlyFailure,
  electronExecutable,
  errorSummary,
  fallbackParagraph,
  hasDisplay,
  type DesktopUnavailable,
} from '../../node/desktop/electron-binary.ts';
import { appRoot } from '../../node/paths.ts';
import { serve } from './serve.ts';

const FETCH_TIMEOUT_MS = 15 * 60_000;

export async function start(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { port: { type: 'string' }, 'no-open': { type: 'boolean' }, 'data-dir': { type: 'string' }, browser: { type: 'boolean' } },
  });
  const serveArgs = args.filter((arg) => arg !== '--browser');
  if (values.browser) {
    console.log('Starting Proctor in your browser (--browser).');
    return serve(serveArgs);
  }
  const desktop = await findDesktop();
  const outcome = 'kind' in desktop ? desktop : await runElectron(desktop.path, values['data-dir']);
  if (typeof outcome === 'number') return outcome;
  console.log(`${fallbackParagraph(outcome)}\n`);
  return serve(serveArgs);
}

async function findDesktop(): Promise<{ path: string } | DesktopUnavailable> {
  let electronDir: string;
  try {
    electronDir = dirname(createRequire(join(appRoot(), 'package.json')).resolve('electron/package.json'));
  } catch {
    return { kind: 'not-installed' };
  }
  let binary = electronExecutable(electronDir, process.env, process.platform);
  if (!binary.installed) {
    if (binary.override) return { kind: 'override-missing', path: binary.path };
    console.log("Fetching Electron's program (once, about 100 MB)…");
    const fetched = await fetchElectron(electronDir);
    binary = electronExecutable(electronDir, process.env, process.platform);
    if (!fetched.ok || !binary.installed)
      return { kind: 'fetch-failed', path: binary.path, error: fetched.error || 'the program is still missing' };
  }
  if (!hasDisplay(process.env, process.platform)) return { kind: 'no-display' };
  return { path: binary.path };
}

/** The electron package's own installer, its stack trace kept out of sight. */
function fetchElectron(electronDir: string): Promise<{ ok: boolean; error: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(electronDir, 'install.js')], { stdio: ['ignore', 'ignore', 'pipe'], env: process.env });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000)));
    const timer = setTimeout(() => child.kill(), FETCH_TIMEOUT_MS);
    child.on('error', (error) => done({ ok: false, error: error.message }));
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ ok: code === 0, error: code === 0 ? '' : errorSummary(output) });
    });
  });
}

/** Runs the desktop app until it quits; an Electron that cannot start at all falls back. */
function runElectron(binary: string, dataDir: string | undefined): Promise<number | DesktopUnavailable> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...(dataDir ? { PROCTOR_DATA_DIR: resolve(dataDir) } : {}) };
  delete env.ELECTRON_RUN_AS_NODE;
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(binary, [appRoot()], { stdio: ['inherit', 'inherit', 'pipe'], env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      stderr = (stderr + chunk.toString()).slice(-8000);
    });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const stops = (['SIGINT', 'SIGTERM'] as const).map((signal) => [signal, forward(signal)] as const);
    for (const [signal, handler] of stops) process.on(signal, handler);
    const finish = (result: number | DesktopUnavailable) => {
      for (const [signal, handler] of stops) process.off(signal, handler);
      done(result);
    };
    child.on('error', (error) => finish({ kind: 'cannot-run', path: binary, error: error.message }));
    child.on('exit', (code, signal) => {
      const failure = earlyFailure({ code, signal, elapsedMs: Date.now() - started, stderr });
      finish(failure ? { kind: 'cannot-run', path: binary, error: failure } : (code ?? 1));
    });
  });
}
