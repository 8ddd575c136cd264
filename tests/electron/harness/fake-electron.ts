/**
 * A stand-in for the `electron` module: the APIs Proctor's main process and preload use, each
 * recording what it was asked. Tests install it with a require hook (./load.ts); it never ships.
 * Asking for an API it does not have is recorded in `missing`, so a new dependency on Electron
 * shows up in the tests instead of passing unseen.
 */
import { EventEmitter } from 'node:events';
import { FakeBrowserWindow, FakeWebContents, type WindowHooks } from './fake-window.ts';

export interface Call {
  api: string;
  args: unknown[];
}

export interface FakeOptions {
  appPath: string;
  userData: string;
  version?: string;
  isPackaged?: boolean;
  /** false: another instance holds the single-instance lock. */
  lockAvailable?: boolean;
  displays?: { x: number; y: number; width: number; height: number }[];
  /** Which button a message box "clicks" (by index), per call; default 0. */
  messageBoxResponse?: (options: { buttons?: string[] }) => number;
  windowHooks?: WindowHooks;
}

type Handler = (...args: never[]) => unknown;

export function createFakeElectron(options: FakeOptions) {
  const calls: Call[] = [];
  const missing: string[] = [];
  const record = (api: string, ...args: unknown[]) => void calls.push({ api, args });
  const windows: FakeBrowserWindow[] = [];
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  const ipcHandlers = new Map<string, Handler>();
  const exposed = new Map<string, unknown>();
  const session = {
    permissionRequest: undefined as undefined | ((...args: unknown[]) => void),
    permissionCheck: undefined as undefined | ((...args: unknown[]) => boolean),
    headersReceived: undefined as undefined | ((details: unknown, callback: (response: unknown) => void) => void),
    beforeRequest: undefined as undefined | ((details: unknown, callback: (response: unknown) => void) => void),
  };
  let readyResolve!: () => void;
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));
  const quit = { requested: 0, prevented: 0, done: false, exitCode: undefined as number | undefined };

  const app = Object.assign(new EventEmitter(), {
    name: 'Proctor',
    isPackaged: options.isPackaged ?? false,
    requestSingleInstanceLock: () => (record('app.requestSingleInstanceLock'), options.lockAvailable ?? true),
    enableSandbox: () => record('app.enableSandbox'),
    whenReady: () => (record('app.whenReady'), ready),
    isReady: () => false,
    getVersion: () => options.version ?? '0.1.0',
    getName: () => 'Proctor',
    getAppPath: () => options.appPath,
    getPath: (name: string) => (record('app.getPath', name), name === 'userData' ? options.userData : `${options.userData}/${name}`),
    setPath: (name: string, path: string) => record('app.setPath', name, path),
    setAboutPanelOptions: (panel: unknown) => record('app.setAboutPanelOptions', panel),
    /** Like Electron: before-quit may be prevented; otherwise will-quit and quit follow. */
    quit: () => {
      record('app.quit');
      quit.requested++;
      let prevented = false;
      app.emit('before-quit', { preventDefault: () => (prevented = true) });
      if (prevented) return void quit.prevented++;
      app.emit('will-quit', { preventDefault: () => {} });
      quit.done = true;
      app.emit('quit');
    },
    exit: (code = 0) => {
      record('app.exit', code);
      quit.exitCode = code;
      quit.done = true;
    },
  });

  const electron: Record<string, unknown> = {
    app,
    BrowserWindow: class extends FakeBrowserWindow {
      constructor(windowOptions: Record<string, unknown>) {
        super(windowOptions, options.windowHooks ?? {});
        record('new BrowserWindow', windowOptions);
        windows.push(this);
        app.emit('web-contents-created', {}, this.webContents);
      }
      static getAllWindows = () => windows.filter((w) => !w.destroyed);
      static getFocusedWindow = () => windows.find((w) => !w.destroyed) ?? null;
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => record('protocol.registerSchemesAsPrivileged', schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        record('protocol.handle', scheme);
        protocolHandlers.set(scheme, handler);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof session.permissionRequest) => (session.permissionRequest = fn),
        setPermissionCheckHandler: (fn: typeof session.permissionCheck) => (session.permissionCheck = fn),
        webRequest: {
          onHeadersReceived: (fn: typeof session.headersReceived) => (session.headersReceived = fn),
          onBeforeRequest: (fn: typeof session.beforeRequest) => (session.beforeRequest = fn),
        },
      },
    },
    shell: {
      openExternal: async (url: string) => record('shell.openExternal', url),
      openPath: async (path: string) => (record('shell.openPath', path), ''),
    },
    ipcMain: {
      handle: (channel: string, handler: Handler) => {
        record('ipcMain.handle', channel);
        if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        ipcHandlers.set(channel, handler);
      },
      on: (channel: string) => record('ipcMain.on', channel),
    },
    dialog: {
      showErrorBox: (title: string, content: string) => record('dialog.showErrorBox', title, content),
      showMessageBox: async (...args: unknown[]) => {
        const boxOptions = (args.length > 1 ? args[1] : args[0]) as { buttons?: string[] };
        record('dialog.showMessageBox', boxOptions);
        return { response: options.messageBoxResponse?.(boxOptions) ?? 0, checkboxChecked: false };
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: (menu: { template: unknown[] } | null) => record('Menu.setApplicationMenu', menu?.template ?? null),
    },
    clipboard: { writeText: (text: string) => record('clipboard.writeText', text) },
    screen: {
      getAllDisplays: () =>
        (options.displays ?? [{ x: 0, y: 0, width: 1920, height: 1080 }]).map((workArea) => ({ workArea, bounds: workArea })),
    },
    // The renderer half, for the preload.
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => {
        record('contextBridge.exposeInMainWorld', key);
        exposed.set(key, api);
      },
    },
    ipcRenderer: {
      invoke: async (channel: string, ...args: unknown[]) => {
        record('ipcRenderer.invoke', channel, ...args);
        const handler = ipcHandlers.get(channel);
        if (!handler) throw new Error(`Error invoking remote method '${channel}': No handler registered for '${channel}'`);
        const sender = fake.rendererFrame();
        // Values cross the process boundary by structured clone, as in Electron.
        return structuredClone(await (handler as (...a: unknown[]) => unknown)({ senderFrame: sender }, ...structuredClone(args)));
      },
    },
  };

  const module = new Proxy(electron, {
    get(target, property) {
      if (typeof property === 'string' && !(property in target) && property !== 'then' && property !== '__esModule') missing.push(property);
      return target[property as string];
    },
  });

  const fake = {
    module,
    calls,
    missing,
    windows,
    protocolHandlers,
    ipcHandlers,
    exposed,
    session,
    quit,
    app,
    /** The frame the fake ipcRenderer says a call comes from (the main window's page by default). */
    rendererFrame: (): { url: string; parent: object | null } | null => {
      const contents = windows.at(-1)?.webContents;
      return contents ? { url: contents.getURL(), parent: null } : null;
    },
    emitReady: () => {
      record('app ready');
      readyResolve();
      app.emit('ready');
    },
    callsOf: (api: string) => calls.filter((c) => c.api === api).map((c) => c.args),
    indexOf: (api: string) => calls.findIndex((c) => c.api === api),
  };
  return fake;
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
export { FakeBrowserWindow, FakeWebContents };
