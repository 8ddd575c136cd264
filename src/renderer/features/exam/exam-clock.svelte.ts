/**
 * The countdown on screen: time left comes from the server's answer and the monotonic clock, never
 * from counting ticks, so a slow or sleeping tab cannot drift. At zero it asks for the expiry.
 */
import { warningAt } from '../../../core/rules/timer.ts';

export interface Ticker {
  now: () => number;
  every: (ms: number, tick: () => void) => () => void;
}

export const realTicker: Ticker = {
  now: () => performance.now(),
  every: (ms, tick) => {
    const timer = setInterval(tick, ms);
    return () => clearInterval(timer);
  },
};

export class ExamClock {
  remainingMs = $state(0);
  durationMs = $state(Number.POSITIVE_INFINITY);
  /** Untimed attempts have no countdown: the clock shows the time spent instead. */
  untimed = $state(false);
  spentMs = $state(0);
  paused = $state(false);
  private spentAt = 0;
  readonly warning = $derived(this.untimed ? ({ level: 'none' } as const) : warningAt(this.remainingMs, this.durationMs));
  private deadlineAt = 0;
  private stopTicking: (() => void) | undefined;
  private expiring = false;

  constructor(
    private readonly onZero: () => Promise<void>,
    private readonly ticker: Ticker = realTicker,
  ) {}

  /** Sets the time left as the server counted it at this moment, and the attempt's length. */
  sync(view: { remainingMs: number; durationMs: number; untimed: boolean; spentMs: number; paused: boolean }): void {
    this.deadlineAt = this.ticker.now() + view.remainingMs;
    this.remainingMs = view.remainingMs;
    this.durationMs = view.durationMs;
    this.untimed = view.untimed;
    this.paused = view.paused;
    this.spentMs = view.spentMs;
    this.spentAt = this.ticker.now();
  }

  start(): void {
    this.stopTicking ??= this.ticker.every(250, () => this.tick());
  }

  stop(): void {
    this.stopTicking?.();
    this.stopTicking = undefined;
  }

  private tick(): void {
    if (this.paused) {
      // Nothing moves while paused: the deadline moves with the pause on the server too.
      this.deadlineAt = this.ticker.now() + this.remainingMs;
      this.spentAt = this.ticker.now();
      return;
    }
    if (this.untimed) {
      this.spentMs += this.ticker.now() - this.spentAt;
      this.spentAt = this.ticker.now();
      return;
    }
    this.remainingMs = Math.max(0, this.deadlineAt - this.ticker.now());
    if (this.remainingMs <= 0 && !this.expiring) {
      this.expiring = true;
      void this.onZero().finally(() => (this.expiring = false));
    }
  }
}
