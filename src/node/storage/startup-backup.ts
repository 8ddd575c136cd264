import type { BackupManager } from './backups.ts';

/**
 * The backup taken at start, after a delay: at 10,000 attempts even finding that nothing changed
 * costs half a second of CPU, which the first screen should not compete with. Quitting sooner
 * takes it at once, so a start is never left without one.
 */
export class StartupBackup {
  /** Resolves when the backup has finished (tests and shutdown wait for it). */
  done: Promise<unknown> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private due: (() => void) | undefined;

  constructor(
    private readonly backups: BackupManager,
    private readonly onFailure: (error: unknown) => void,
  ) {}

  schedule(delayMs: number): void {
    this.done =
      delayMs > 0
        ? new Promise((resolve) => {
            this.due = () => resolve(this.take());
            this.timer = setTimeout(() => this.due?.(), delayMs);
          })
        : this.take();
  }

  /** Not taken yet: take it now (before the app exits). */
  takeNow(): void {
    this.due?.();
  }

  private take(): Promise<unknown> {
    clearTimeout(this.timer);
    this.due = undefined;
    return this.backups.backup('start').catch(this.onFailure);
  }
}
