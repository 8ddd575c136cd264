/** The stand-in BrowserWindow and its webContents: they keep bounds and URL and record requests. */
import { EventEmitter } from 'node:events';

export interface WindowHooks {
  /** Called when the main process loads a URL (the browser bridge navigates a real page). */
  loadURL?: (contents: FakeWebContents, url: string) => Promise<void>;
  reload?: (contents: FakeWebContents) => void;
}

type Rect = { x: number; y: number; width: number; height: number };
type OpenHandler = (details: { url: string; frameName: string; features: string; disposition: string }) => { action: string };

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  url = '';
  openHandler: OpenHandler | undefined;
  loads: string[] = [];
  reloads = 0;
  constructor(private readonly hooks: WindowHooks) {
    super();
  }
  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }
  async loadURL(url: string): Promise<void> {
    this.loads.push(url);
    this.url = url;
    if (this.hooks.loadURL) await this.hooks.loadURL(this, url);
    this.emit('did-finish-load');
  }
  reload(): void {
    this.reloads++;
    if (this.hooks.reload) this.hooks.reload(this);
    else this.emit('did-finish-load');
  }
  getURL(): string {
    return this.url;
  }
  isDestroyed(): boolean {
    return false;
  }
  /** What Electron does on a navigation: listeners may preventDefault. Returns whether it went ahead. */
  navigate(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', url: string): boolean {
    let prevented = false;
    this.emit(event, { preventDefault: () => (prevented = true), url }, url);
    return !prevented;
  }
  /** What Electron does for window.open or a target=_blank link. */
  open(url: string): { action: string } {
    if (!this.openHandler) return { action: 'allow' };
    return this.openHandler({ url, frameName: '', features: '', disposition: 'foreground-tab' });
  }
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents: FakeWebContents;
  bounds: Rect;
  maximized = false;
  fullScreen = false;
  minimized = false;
  visible = false;
  destroyed = false;
  focused = 0;

  constructor(
    readonly options: Record<string, unknown>,
    hooks: WindowHooks,
  ) {
    super();
    this.webContents = new FakeWebContents(hooks);
    const { x = 100, y = 100, width = 800, height = 600 } = options as Partial<Rect>;
    this.bounds = { x, y, width, height };
  }
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused++;
  }
  restore(): void {
    this.minimized = false;
  }
  minimize(): void {
    this.minimized = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isVisible(): boolean {
    return this.visible;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getBounds(): Rect {
    return { ...this.bounds };
  }
  getNormalBounds(): Rect {
    return { ...this.bounds };
  }
  setBounds(bounds: Partial<Rect>): void {
    this.bounds = { ...this.bounds, ...bounds };
    this.emit('resize');
    this.emit('move');
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
    this.emit('maximize');
  }
  unmaximize(): void {
    this.maximized = false;
    this.emit('unmaximize');
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  setFullScreen(on: boolean): void {
    this.fullScreen = on;
  }
  /** Like Electron: 'close' may be prevented, then 'closed' and the window is gone. */
  close(): void {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.destroyed = true;
    this.emit('closed');
  }
}
