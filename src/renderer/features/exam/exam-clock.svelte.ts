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
  readonly warning = $derived(warningAt(this.remainingMs, this.durationMs));
  private deadlineAt = 0;
  private stopTicking: (() => void) | undefined;
  private expiring = false;

  constructor(
    private readonly onZero: () => Promise<void>,
    private readonly ticker: Ticker = realTicker,
  ) {}

  /** Sets the time left as the server counted it at this moment, and the attempt's length. */
  sync(remainingMs: number, durationMs: number): void {
    this.deadlineAt = this.ticker.now() + remainingMs;
    this.remainingMs = remainingMs;
    this.durationMs = durationMs;
  }

  start(): void {
    this.stopTicking ??= this.ticker.every(250, () => this.tick());
  }

  stop(): void {
    this.stopTicking?.();
    this.stopTicking = undefined;
  }

  private tick(): void {
    this.remainingMs = Math.max(0, this.deadlineAt - this.ticker.now());
    if (this.remainingMs <= 0 && !this.expiring) {
      this.expiring = true;
      void this.onZero().finally(() => (this.expiring = false));
    }
  }
}
