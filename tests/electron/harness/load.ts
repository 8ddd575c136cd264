/**
 * Runs the BUILT main process (dist/electron/main.cjs) and preload (dist/electron/preload.cjs)
 * under Node with the stand-in `electron`. The main bundle gets it through a require hook scoped
 * to that one file; the preload runs in a fresh VM context whose `require` knows only `electron`,
 * as a sandboxed preload's does. Nothing here is bundled into the app.
 */
import { existsSync, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import vm from 'node:vm';
import { createFakeElectron, type FakeElectron, type FakeOptions } from './fake-electron.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const MAIN_BUNDLE = resolve(ROOT, 'dist/electron/main.cjs');
export const PRELOAD_BUNDLE = resolve(ROOT, 'dist/electron/preload.cjs');

const require = createRequire(import.meta.url);
type Loader = (request: string, parent: { filename?: string } | undefined, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: Loader };

function assertBuilt(): void {
  for (const file of [MAIN_BUNDLE, PRELOAD_BUNDLE]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does)`);
  }
}

/** Loads main.cjs afresh; `electron` resolves to the stand-in for that bundle only. */
export function loadMain(fake: FakeElectron): () => void {
  assertBuilt();
  const original = moduleInternals._load;
  moduleInternals._load = function (this: unknown, request, parent, isMain) {
    if (request === 'electron' && parent?.filename === MAIN_BUNDLE) return fake.module;
    return original.call(this, request, parent, isMain);
  };
  delete require.cache[MAIN_BUNDLE];
  try {
    require(MAIN_BUNDLE);
  } catch (error) {
    moduleInternals._load = original;
    throw error;
  }
  return () => {
    moduleInternals._load = original;
    delete require.cache[MAIN_BUNDLE];
  };
}

/** Runs preload.cjs as Electron's sandbox would: only `electron` can be required. */
export function loadPreload(fake: FakeElectron): { required: string[] } {
  assertBuilt();
  const required: string[] = [];
  const sandboxRequire = (id: string) => {
    required.push(id);
    if (id === 'electron') return fake.module;
    throw new Error(`Error: module not found: ${id} (a sandboxed preload can require only electron and a few Node modules)`);
  };
  const module = { exports: {} };
  const context = vm.createContext({ console });
  const wrapper = vm.runInContext(
    `(function (exports, require, module, __filename, __dirname) {${readFileSync(PRELOAD_BUNDLE, 'utf8')}\n})`,
    context,
    {
      filename: PRELOAD_BUNDLE,
    },
  ) as (...args: unknown[]) => void;
  wrapper(module.exports, sandboxRequire, module, PRELOAD_BUNDLE, dirname(PRELOAD_BUNDLE));
  return { required };
}

export async function until(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export interface RunningMain {
  fake: FakeElectron;
  unload: () => void;
  /** Quits as the user would (before-quit and all) and waits until the app has really quit. */
  quit: () => Promise<void>;
}

/**
 * Loads main.cjs with PROCTOR_DATA_DIR set to `dataDir`, signals ready and waits for the window
 * (or for the app to exit, e.g. when the single-instance lock is taken).
 */
export async function startMain(dataDir: string, options: Partial<FakeOptions> = {}): Promise<RunningMain> {
  process.env.PROCTOR_DATA_DIR = dataDir;
  // Electron's: a packaged app finds exams/ there (extraResources); here it is the checkout.
  (process as { resourcesPath?: string }).resourcesPath = ROOT;
  const fake = createFakeElectron({ appPath: ROOT, userData: resolve(dataDir, '..', 'electron-user-data'), ...options });
  const unload = loadMain(fake);
  const quit = async () => {
    if (!fake.quit.done) fake.app.quit();
    await until(() => fake.quit.done, 'the app to quit');
    unload();
  };
  if (options.lockAvailable !== false) {
    fake.emitReady();
    await until(() => fake.windows.length > 0 || fake.quit.exitCode !== undefined, 'the main window');
  }
  return { fake, unload, quit };
}
