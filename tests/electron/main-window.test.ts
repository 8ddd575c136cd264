/**
 * The built main process under the stand-in electron: what it asks of Electron before and after
 * ready, the window it opens, and the session and navigation lockdown.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/node/transport/web-security.ts';
import { useTempDirs } from '../fixtures/temp.ts';
import { PRELOAD_BUNDLE, startMain, type RunningMain } from './harness/load.ts';

const tempDir = useTempDirs();
let running: RunningMain | undefined;
afterEach(async () => {
  await running?.quit();
  running = undefined;
});

async function start(options: Parameters<typeof startMain>[1] = {}) {
  running = await startMain(join(await tempDir(), 'data'), options);
  return running.fake;
}

describe('the main process, before and at ready', () => {
  it('registers app:// as privileged and takes the single-instance lock before ready', async () => {
    const fake = await start();
    const [schemes] = fake.callsOf('protocol.registerSchemesAsPrivileged')[0]!;
    expect(schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    const ready = fake.indexOf('app ready');
    expect(fake.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(ready);
    expect(fake.indexOf('app.requestSingleInstanceLock')).toBeLessThan(ready);
    expect(fake.indexOf('app.enableSandbox')).toBeLessThan(ready);
    expect(fake.callsOf('protocol.handle')).toEqual([['app']]);
    expect(fake.missing).toEqual([]);
  });

  it('quits at once, opening nothing, when another instance holds the lock', async () => {
    running = await startMain(join(await tempDir(), 'data'), { lockAvailable: false });
    const fake = running.fake;
    expect(fake.quit.done).toBe(true);
    fake.emitReady();
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcHandlers.size).toBe(0);
  });

  it('a second launch focuses the window that is open', async () => {
    const fake = await start();
    const window = fake.windows[0]!;
    window.minimize();
    fake.app.emit('second-instance', {}, ['proctor'], '/');
    expect(window.isMinimized()).toBe(false);
    expect(window.focused).toBe(1);
  });
});

describe('the main window', () => {
  it('has locked-down web preferences and the built preload', async () => {
    const fake = await start();
    expect(fake.windows).toHaveLength(1);
    const options = fake.windows[0]!.options;
    expect(options.webPreferences).toEqual({
      preload: PRELOAD_BUNDLE,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(options).toMatchObject({ show: false, minWidth: 720, minHeight: 560 });
    expect(fake.windows[0]!.webContents.loads).toEqual(['app://proctor/index.html']);
  });

  it('is shown only when ready to show', async () => {
    const fake = await start();
    const window = fake.windows[0]!;
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });
});

describe('the session', () => {
  it('denies every permission request and check', async () => {
    const fake = await start();
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      fake.session.permissionRequest!({}, permission, (granted: boolean) => answers.push(granted), {});
      answers.push(fake.session.permissionCheck!({}, permission, 'app://proctor', {}));
    }
    expect(answers).toHaveLength(10);
    expect(answers.every((granted) => granted === false)).toBe(true);
  });

  it('cancels every request that is not app://', async () => {
    const fake = await start();
    const verdict = (url: string) => {
      let cancel: boolean | undefined;
      fake.session.beforeRequest!({ url }, (response) => (cancel = (response as { cancel: boolean }).cancel));
      return cancel;
    };
    expect(verdict('app://proctor/index.html')).toBe(false);
    expect(verdict('app://proctor/assets/index.js')).toBe(false);
    for (const url of [
      'https://example.com/x.js',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'app://other/index.html',
      'data:text/html,x',
    ]) {
      expect(verdict(url), url).toBe(true);
    }
  });

  it('sets the CSP header on every response, keeping the others', async () => {
    const fake = await start();
    let headers: Record<string, string[]> | undefined;
    fake.session.headersReceived!(
      { url: 'app://proctor/index.html', responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': ['default-src *'] } },
      (r) => {
        headers = (r as { responseHeaders: Record<string, string[]> }).responseHeaders;
      },
    );
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('navigation and new windows', () => {
  it('stays on the app: no navigation away, no redirects, no webviews', async () => {
    const contents = (await start()).windows[0]!.webContents;
    expect(contents.navigate('will-navigate', 'app://proctor/index.html#/history')).toBe(true);
    for (const url of ['https://docs.aws.amazon.com/', 'file:///etc/passwd', 'http://localhost/', 'app://evil/index.html']) {
      expect(contents.navigate('will-navigate', url), url).toBe(false);
    }
    expect(contents.navigate('will-redirect', 'app://proctor/index.html')).toBe(false);
    expect(contents.navigate('will-attach-webview', 'app://proctor/index.html')).toBe(false);
  });

  it('opens https links in the system browser and never a window', async () => {
    const fake = await start();
    const contents = fake.windows[0]!.webContents;
    const links = [
      'https://docs.aws.amazon.com/lambda/latest/dg/welcome.html',
      'http://example.com/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'app://proctor/index.html',
      'https://user:pw@example.com/',
    ];
    for (const url of links) expect(contents.open(url), url).toEqual({ action: 'deny' });
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.callsOf('shell.openExternal')).toEqual([['https://docs.aws.amazon.com/lambda/latest/dg/welcome.html']]);
    expect(fake.windows).toHaveLength(1);
  });
});
