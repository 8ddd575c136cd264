/**
 * Work the screen will need soon, done while the browser has nothing else to do, so that it is not
 * done between a key press and the next frame. Each job runs once however often it is asked for;
 * a job asked for again while waiting keeps its place.
 */
export interface IdleDeadline {
  timeRemaining(): number;
}
export type IdleScheduler = (run: (deadline: IdleDeadline) => void) => void;

/** The browser's idle callbacks; where there are none, a short timeout with a small budget. */
export const browserIdle: IdleScheduler = (run) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 500 });
  else setTimeout(() => run({ timeRemaining: () => 4 }), 1);
};

/** Below this much time left in an idle period, the next job waits for the next period. */
const MIN_SLICE_MS = 2;

export class IdleWork {
  private readonly jobs = new Map<string, () => void>();
  private scheduled = false;

  constructor(private readonly schedule: IdleScheduler = browserIdle) {}

  /** Queues `job` under `key`; a key already waiting is not queued twice. */
  add(key: string, job: () => void): void {
    if (this.jobs.has(key)) return;
    this.jobs.set(key, job);
    this.wake();
  }

  get waiting(): number {
    return this.jobs.size;
  }

  private wake(): void {
    if (this.scheduled || this.jobs.size === 0) return;
    this.scheduled = true;
    this.schedule((deadline) => {
      this.scheduled = false;
      // At least one job per period, so a browser that is never idle long still gets there.
      let ran = false;
      try {
        for (const [key, job] of this.jobs) {
          if (ran && deadline.timeRemaining() < MIN_SLICE_MS) break;
          this.jobs.delete(key);
          ran = true;
          job();
        }
      } finally {
        // A job that throws is dropped, not retried; the others still run.
        this.wake();
      }
    });
  }
}
