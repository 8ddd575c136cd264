/**
 * When the window's renderer process dies (a crash, the OS killing it for memory), the main
 * process tells the user and reloads it: the app restores its hash route on load, and every
 * answer was saved as it was given, so an exam in progress carries on where it was. A renderer
 * that keeps crashing is not reloaded in a loop: the user chooses.
 */

export type CrashDecision = 'ignore' | 'reload' | 'ask';

export interface GoneDetails {
  reason: string;
  exitCode: number;
}

export class RendererCrashes {
  private readonly times: number[] = [];

  constructor(
    private readonly limit = 3,
    private readonly withinMs = 60_000,
  ) {}

  /** 'clean-exit' is the window closing normally; anything else is reloaded, `limit` times a minute. */
  decide(details: GoneDetails, now: number): CrashDecision {
    if (details.reason === 'clean-exit') return 'ignore';
    while (this.times.length > 0 && now - this.times[0]! > this.withinMs) this.times.shift();
    this.times.push(now);
    return this.times.length >= this.limit ? 'ask' : 'reload';
  }
}

const REASONS: Record<string, string> = {
  crashed: 'it crashed',
  oom: 'it ran out of memory',
  killed: 'it was ended by the system or another program',
  'abnormal-exit': 'it exited abnormally',
  'launch-failed': 'it could not be started',
  'integrity-failure': 'its code failed an integrity check',
  'memory-eviction': 'the system reclaimed its memory',
};

export interface CrashMessage {
  type: 'warning' | 'error';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
}

/** The report shown to the user. For 'ask', button 0 reloads and button 1 quits. */
export function crashMessage(details: GoneDetails, decision: Exclude<CrashDecision, 'ignore'>): CrashMessage {
  const why = REASONS[details.reason] ?? `it stopped (${details.reason})`;
  const cause = `Proctor's window stopped because ${why} (exit code ${details.exitCode}).`;
  const safe = 'Every answer and flag was saved as you gave it, and an exam in progress keeps its deadline.';
  if (decision === 'reload') {
    return {
      type: 'warning',
      title: 'Proctor reloaded its window',
      message: 'The window was reloaded after a problem',
      detail: `${cause} It has been reloaded and you are back where you were. ${safe}`,
      buttons: ['OK'],
    };
  }
  return {
    type: 'error',
    title: 'Proctor keeps stopping',
    message: 'The window has stopped several times in a minute',
    detail: `${cause} ${safe} Reload to try again, or quit and start Proctor later.`,
    buttons: ['Reload', 'Quit'],
  };
}
