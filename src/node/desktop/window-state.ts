/**
 * The main window's size and position, kept between runs in `window-state.json` in the data
 * folder. Placement is pure (saved bounds + the displays there are now → where to open), so a
 * window saved on a monitor that is gone opens on one that is there, never off screen.
 *
 * Not electron-window-state: unmaintained since 2020, and it reads and writes with sync,
 * non-durable I/O on the main process. This keeper writes through the durable writer.
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { CorruptFileError, ValidatedJsonFile } from '../storage/json-file.ts';

const rectSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
});

export const windowStateSchema = z.object({
  schemaVersion: z.literal(1),
  bounds: rectSchema,
  maximized: z.boolean(),
  fullScreen: z.boolean(),
});

export type Rect = z.infer<typeof rectSchema>;
export type WindowState = z.infer<typeof windowStateSchema>;

export interface WindowDefaults {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

/** Where the window opens. No x/y: let the OS centre it on the primary display. */
export interface Placement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
  fullScreen: boolean;
}

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));

/** `workAreas`: each display's work area, the primary first. */
export function placeWindow(saved: WindowState | null, workAreas: Rect[], defaults: WindowDefaults): Placement {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: defaults.width, height: defaults.height };
  const fit = (area: Rect, width: number, height: number) => ({
    width: clamp(width, defaults.minWidth, area.width),
    height: clamp(height, defaults.minHeight, area.height),
  });
  if (!saved) return { ...fit(primary, defaults.width, defaults.height), maximized: false, fullScreen: false };
  const { bounds, maximized, fullScreen } = saved;
  // The display showing most of the window; none when its monitor has been unplugged.
  let best: Rect | undefined;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const shared = overlap(bounds, area);
    if (shared > bestOverlap) [best, bestOverlap] = [area, shared];
  }
  if (!best) return { ...fit(primary, bounds.width, bounds.height), maximized, fullScreen };
  const size = fit(best, bounds.width, bounds.height);
  return {
    x: clamp(bounds.x, best.x, best.x + best.width - size.width),
    y: clamp(bounds.y, best.y, best.y + best.height - size.height),
    ...size,
    maximized,
    fullScreen,
  };
}

/** What the keeper needs of a window: Electron's BrowserWindow has all of it. */
export interface TrackedWindow {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isFullScreen(): boolean;
  isDestroyed(): boolean;
  on(
    event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'enter-full-screen' | 'leave-full-screen' | 'close',
    listener: () => void,
  ): unknown;
}

const EVENTS = ['resize', 'move', 'maximize', 'unmaximize', 'enter-full-screen', 'leave-full-screen'] as const;

export class WindowStateKeeper {
  private readonly file: ValidatedJsonFile<WindowState>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  private last = '';

  constructor(
    readonly path: string,
    private readonly debounceMs = 400,
    private readonly log: (message: string) => void = (message) => console.warn(`[proctor] ${message}`),
  ) {
    this.file = new ValidatedJsonFile(path, windowStateSchema);
  }

  /** The saved state; null when there is none or it cannot be read (the window opens at its default). */
  async read(): Promise<WindowState | null> {
    try {
      return await this.file.read();
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      // Only a window size: not worth a notice. It is written afresh on the next move.
      this.log(`${error.message}; the window opens at its default size`);
      return null;
    }
  }

  /** Saves a moment after each move or resize, and at once when the window closes. */
  track(window: TrackedWindow): void {
    for (const event of EVENTS) window.on(event, () => this.schedule(window));
    window.on('close', () => void this.save(window));
  }

  private schedule(window: TrackedWindow): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(window), this.debounceMs);
  }

  /** Captures the window now and writes it (writes run one after another, unchanged ones skipped). */
  save(window: TrackedWindow): Promise<void> {
    clearTimeout(this.timer);
    if (window.isDestroyed()) return this.writing;
    const state: WindowState = {
      schemaVersion: 1,
      bounds: roundRect(window.getNormalBounds()),
      maximized: window.isMaximized(),
      fullScreen: window.isFullScreen(),
    };
    const text = JSON.stringify(state);
    if (text === this.last) return this.writing;
    this.last = text;
    this.writing = this.writing
      .then(() => mkdir(dirname(this.path), { recursive: true }))
      .then(() => this.file.write(state))
      .catch((error: unknown) => this.log(`could not save the window's size and position: ${(error as Error).message}`));
    return this.writing;
  }

  /** Resolves when the last write is on disk (quit waits for it). */
  async flush(): Promise<void> {
    await this.writing;
  }
}

function roundRect(rect: Rect): Rect {
  return { x: Math.round(rect.x), y: Math.round(rect.y), width: Math.round(rect.width), height: Math.round(rect.height) };
}
