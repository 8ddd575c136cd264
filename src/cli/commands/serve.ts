/** `proctor serve`: the same app in the browser, over a token-guarded loopback transport. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { appRoot, defaultDataDir } from '../../node/paths.ts';
import { defaultPacksDirs, ProctorService } from '../../node/service.ts';
import { STARTUP_BACKUP_DELAY_MS } from '../../node/storage/backups.ts';
import { startHttpTransport } from '../../node/transport/http-transport.ts';
import { UsageError } from '../usage.ts';
import { appVersion } from '../version.ts';

export async function serve(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { port: { type: 'string', default: '0' }, 'no-open': { type: 'boolean', default: false }, 'data-dir': { type: 'string' } },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0-65535, got "${values.port}"`);
  const dataDir = values['data-dir'] ? resolve(values['data-dir']) : defaultDataDir();
  const root = appRoot();
  const staticDir = join(root, 'dist', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) throw new Error(`the app is not built (${staticDir} is missing). Run \`npm run build\`.`);
  let clockOffset = 0;
  const testRun = process.env.PROCTOR_TEST_HOOKS === '1';
  // The data opens while the browser loads the page; every call waits for it.
  const service = ProctorService.start({
    dataDir,
    packsDirs: defaultPacksDirs(root, dataDir),
    transport: 'http',
    version: appVersion(),
    now: () => Date.now() + clockOffset,
    checkResponses: testRun,
    startupBackupDelayMs: STARTUP_BACKUP_DELAY_MS,
  });
  const testHooks = testRun ? { advanceClock: (ms: number) => void (clockOffset += ms) } : undefined;
  let running;
  try {
    running = await startHttpTransport({ service, staticDir, port, ...(testHooks ? { testHooks } : {}) });
  } catch (error) {
    await service.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`port ${port} on 127.0.0.1 is already in use. Choose another with --port N, or --port 0 for any free port.`);
    }
    throw error;
  }
  const server = running;
  // Ctrl-C is heard before the URL is shown (a script may stop Proctor the moment it reads it),
  // and while the data is still opening.
  const stopped = new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      console.log('\nStopping Proctor…');
      // Pending writes and a backup in progress finish first: an interrupted one would be lost.
      void Promise.all([server.close(), service.close()]).then(() => done());
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  console.log(`Proctor is running at ${running.url}`);
  console.log(`Data folder: ${dataDir}`);
  console.log('Press Ctrl-C to stop.');
  if (!values['no-open'] && process.env.PROCTOR_NO_OPEN !== '1' && process.env.CI !== 'true') openInBrowser(running.url);
  try {
    await service.ready;
  } catch (error) {
    // e.g. data written by a newer Proctor: say which file and what to do, touch nothing.
    await server.close();
    throw error;
  }
  await stopped;
  return 0;
}

function openInBrowser(url: string): void {
  const [command, ...args] =
    process.platform === 'darwin' ? ['open', url] : process.platform === 'win32' ? ['cmd', '/c', 'start', '', url] : ['xdg-open', url];
  const child = spawn(command!, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.log('Could not open a browser; open the URL above yourself.'));
  child.unref();
}
