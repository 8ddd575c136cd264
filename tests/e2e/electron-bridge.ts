/**
 * The Electron path in Chromium: the BUILT main process runs in this Node process under the
 * stand-in electron (tests/electron/harness), and a real Chromium page plays its window.
 * - Chromium cannot load a custom scheme, so app://proctor/<path> is shown at
 *   https://proctor.electron.test/<path>: every request goes through the real session hook
 *   (onBeforeRequest), is answered by the real app:// handler and gets its headers from the real
 *   onHeadersReceived hook. No HTTP server and no `proctor serve` are involved.
 * - `window.proctor` has exactly the keys of the bridge the real preload.cjs exposed; each call
 *   runs that bridge's function, whose ipcRenderer.invoke reaches the real ipcMain handler with
 *   the calling frame as senderFrame (its URL mapped back to app://).
 * - A renderer crash (CDP Page.crash) is reported to the main process as render-process-gone;
 *   its reload opens the same URL in a fresh page, as a new renderer process would.
 * - A new window (a target=_blank link) goes to the real window-open handler, and is closed.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { FakeWebContents } from '../electron/harness/fake-window.ts';
import { loadPreload, startMain, until, type RunningMain } from '../electron/harness/load.ts';

export const SHOWN_AT = 'https://proctor.electron.test';
const toApp = (url: string) => (url.startsWith(`${SHOWN_AT}/`) ? `app://proctor${url.slice(SHOWN_AT.length)}` : url);
const toShown = (url: string) => url.replace(/^app:\/\/proctor/, SHOWN_AT);

export interface ElectronPath {
  main: RunningMain;
  context: BrowserContext;
  page: () => Page;
  contents: () => FakeWebContents;
  /** URLs the session refused, navigations will-navigate refused, and the window-open handler's answers. */
  blocked: string[];
  refusedNavigations: string[];
  windowOpens: { url: string; action: string }[];
  consoleErrors: string[];
  crash: () => Promise<void>;
  close: () => Promise<void>;
}

export async function openElectronPath(browser: Browser, dataDir: string): Promise<ElectronPath> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const blocked: string[] = [];
  const windowOpens: { url: string; action: string }[] = [];
  const refusedNavigations: string[] = [];
  let loadingByMain = false;
  const consoleErrors: string[] = [];
  let page = await context.newPage();
  let crashed = false;
  let reloading: Promise<void> | undefined;
  const watch = (p: Page) => {
    p.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    p.on('pageerror', (e) => consoleErrors.push(e.message));
    p.on('popup', (popup) => void popup.close()); // Electron never opens it: see windowOpens
    p.on('crash', () => {
      crashed = true;
      contents().url = toApp(p.url());
      contents().emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    });
  };
  watch(page);
  // The main process loads its URL as it creates the window; the page follows once it is wired.
  let wired!: () => void;
  const wiredUp = new Promise<void>((resolve) => (wired = resolve));
  let firstLoad: Promise<unknown> | undefined;
  const main = await startMain(dataDir, {
    windowHooks: {
      loadURL: async (_contents, url) => {
        await wiredUp;
        loadingByMain = true;
        await (firstLoad = page.goto(toShown(url)).finally(() => (loadingByMain = false)));
      },
      reload: (reloaded) => {
        reloading = (async () => {
          const url = toShown(toApp(page.url()));
          loadingByMain = true;
          if (!crashed) return void (await page.reload().finally(() => (loadingByMain = false)));
          const fresh = await context.newPage();
          watch(fresh);
          page = fresh;
          crashed = false;
          await fresh.goto(url).finally(() => (loadingByMain = false));
          reloaded.emit('did-finish-load');
        })();
      },
    },
  });
  const fake = main.fake;
  const contents = () => fake.windows[0]!.webContents;

  loadPreload(fake);
  const bridge = fake.exposed.get('proctor') as Record<string, (request: unknown) => Promise<unknown>>;
  await context.exposeBinding('__proctorIpc', async (source, channel: string, request: unknown) => {
    const sender = { url: toApp(source.frame.url()), parent: source.frame.parentFrame() ? {} : null };
    fake.rendererFrame = () => sender; // read synchronously by ipcRenderer.invoke
    const call = bridge[channel];
    if (!call) throw new Error(`the preload has no "${channel}"`);
    return call(request);
  });
  await context.addInitScript((channels: string[]) => {
    const ipc = (window as unknown as { __proctorIpc: (c: string, r: unknown) => Promise<unknown> }).__proctorIpc;
    const api = Object.fromEntries(channels.map((channel) => [channel, (request: unknown) => ipc(channel, request)]));
    Object.defineProperty(window, 'proctor', { value: Object.freeze(api), enumerable: true });
  }, Object.keys(bridge));

  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = toApp(request.url());
    let frame: ReturnType<typeof request.frame> | undefined;
    try {
      frame = request.frame();
    } catch {
      frame = undefined; // a new window's first navigation: Playwright has no frame for it yet
    }
    // 204 No Content: Chromium then stays where it was, as a cancelled navigation does.
    if (request.isNavigationRequest() && frame?.page() !== page) {
      windowOpens.push({ url, action: contents().open(url).action });
      return route.fulfill({ status: 204 });
    }
    // A navigation the page itself starts asks will-navigate first, as in Electron; the bridge's
    // own loads (the main process's loadURL and reload) do not.
    if (request.isNavigationRequest() && frame === page.mainFrame() && !loadingByMain) {
      if (!contents().navigate('will-navigate', url)) return void (refusedNavigations.push(url), await route.fulfill({ status: 204 }));
    }
    let cancel = true;
    fake.session.beforeRequest!(
      { url, method: request.method(), resourceType: request.resourceType() },
      (r) => (cancel = (r as { cancel: boolean }).cancel),
    );
    if (cancel) return void (blocked.push(url), await route.abort('blockedbyclient'));
    const response = await fake.protocolHandlers.get('app')!(new Request(url));
    let headers: Record<string, string[]> = {};
    response.headers.forEach((value, name) => (headers[name] = [value]));
    fake.session.headersReceived!(
      { url, responseHeaders: headers },
      (r) => (headers = (r as { responseHeaders: typeof headers }).responseHeaders),
    );
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(Object.entries(headers).map(([name, values]) => [name, values.join(', ')])),
      body: Buffer.from(await response.arrayBuffer()),
    });
  });

  wired();
  await until(() => firstLoad !== undefined, 'the main process to load its page');
  await firstLoad;
  fake.windows[0]!.emit('ready-to-show');
  return {
    main,
    context,
    page: () => page,
    contents,
    blocked,
    refusedNavigations,
    windowOpens,
    consoleErrors,
    crash: async () => {
      const before = page;
      const cdp = await context.newCDPSession(before);
      reloading = undefined;
      void cdp.send('Page.crash').catch(() => {});
      await until(() => reloading !== undefined, 'the main process to reload the window after the crash');
      await reloading;
      if (page === before) throw new Error('the crashed page is still the window');
    },
    close: async () => {
      await main.quit();
      await context.close();
    },
  };
}
