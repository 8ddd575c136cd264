/**
 * Whether the desktop app can open on this machine, and if not, the one paragraph that says why
 * before Proctor starts in the browser instead. Mirrors how the `electron` package finds its
 * binary (path.txt, ELECTRON_OVERRIDE_DIST_PATH) without its side effect of downloading it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type DesktopUnavailable =
  | { kind: 'not-installed' }
  | { kind: 'override-missing'; path: string }
  | { kind: 'fetch-failed'; path: string; error: string }
  | { kind: 'no-display' }
  | { kind: 'cannot-run'; path: string; error: string };

const PLATFORM_PATHS: Record<string, string> = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' };

export interface ElectronExecutable {
  path: string;
  /** ELECTRON_OVERRIDE_DIST_PATH names the folder: never download into node_modules for it. */
  override: boolean;
  /** The binary is there, and is the version the package wants. */
  installed: boolean;
}

export function electronExecutable(electronDir: string, env: NodeJS.ProcessEnv, platform: string): ElectronExecutable {
  const read = (file: string) => {
    try {
      return readFileSync(join(electronDir, file), 'utf8').trim();
    } catch {
      return undefined;
    }
  };
  const relative = read('path.txt') ?? PLATFORM_PATHS[platform] ?? 'electron';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative);
    return { path, override: true, installed: existsSync(path) };
  }
  const path = join(electronDir, 'dist', relative);
  const wanted = (JSON.parse(read('package.json') ?? '{}') as { version?: string }).version;
  const present = read('dist/version')?.replace(/^v/, '');
  return { path, override: false, installed: existsSync(path) && present === wanted };
}

/** On Linux a window needs X11 or Wayland; macOS and Windows always have a display. */
export function hasDisplay(env: NodeJS.ProcessEnv, platform: string): boolean {
  return platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** The line of a failed download worth showing: the error itself, not its stack. */
export function errorSummary(output: string): string {
  const lines = output.split('\n').map((line) => line.trim());
  const error =
    lines.find((line) => /^[A-Za-z]*Error\b|^HTTPError|^RequestError/.test(line)) ?? lines.find((l) => l && !l.startsWith('at '));
  return (error ?? 'no reason given').slice(0, 200);
}

const EARLY_FAILURES = new RegExp(
  ['error while loading shared libraries', 'Missing X server', 'cannot open display', 'Running as root without --no-sandbox']
    .map((cause) => `${cause}[^\\n]*`)
    .join('|'),
  'i',
);

/** Electron that started but died at once, for want of libraries, a display or a sandbox. */
export function earlyFailure(exit: { code: number | null; signal: string | null; elapsedMs: number; stderr: string }): string | undefined {
  if (exit.elapsedMs > 10_000 || (exit.code === 0 && !exit.signal)) return undefined;
  const known = EARLY_FAILURES.exec(exit.stderr);
  if (known) return known[0].trim();
  if (exit.code === 127) return 'the program could not be loaded (exit code 127)';
  return exit.signal ? `it was stopped by ${exit.signal} as it started` : undefined;
}

function why(reason: DesktopUnavailable): string {
  switch (reason.kind) {
    case 'not-installed':
      return 'Electron is not installed in this folder (node_modules/electron is missing; `npm install` adds it)';
    case 'override-missing':
      return `ELECTRON_OVERRIDE_DIST_PATH is set, but there is no Electron program at ${reason.path}`;
    case 'fetch-failed':
      return (
        `Electron's program is not on this machine (${reason.path} is missing) and downloading it failed ` +
        `(${reason.error}), so this network probably cannot reach Electron's downloads`
      );
    case 'no-display':
      return 'there is no graphical display for a window (neither DISPLAY nor WAYLAND_DISPLAY is set)';
    case 'cannot-run':
      return `Electron's program at ${reason.path} cannot run here (${reason.error})`;
  }
}

function fix(reason: DesktopUnavailable): string {
  switch (reason.kind) {
    case 'fetch-failed':
      return (
        'To get the desktop app, run `npm start` again where Electron can be downloaded ' +
        '(or set ELECTRON_MIRROR to a mirror you can reach).'
      );
    case 'override-missing':
      return 'Point ELECTRON_OVERRIDE_DIST_PATH at a folder holding Electron, or unset it.';
    case 'not-installed':
      return 'Run `npm install`, then `npm start` again, for the desktop app.';
    default:
      return 'Run `npm start` on a desktop session for the desktop app.';
  }
}

/** One plain paragraph, wrapped for a terminal. */
export function fallbackParagraph(reason: DesktopUnavailable, width = 100): string {
  const text =
    `Proctor cannot open as a desktop app here: ${why(reason)}. It is starting in your browser instead, ` +
    `with the same screens and the same data folder. ${fix(reason)}`;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
