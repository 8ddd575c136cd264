/** Where Proctor keeps data and finds packs, the same for Electron and `proctor serve`. */
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Matches Electron's app.getPath('userData') for an app named Proctor, so both share one store. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.PROCTOR_DATA_DIR) return resolve(env.PROCTOR_DATA_DIR);
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Proctor');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Proctor');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Proctor');
}

/** The repository (or unpacked app) root: the folder holding exams/ and dist/. */
export function appRoot(): string {
  // Bundles live in dist/<something>/; sources in src/node/. Both are two levels down.
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
}
