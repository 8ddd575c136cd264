/**
 * Time left is always derived from the deadline stored on the attempt, never counted down.
 *
 * Warnings mean something at every length: the fixed warnings at 15 and 5 minutes come only when
 * the attempt is longer than twice their time (a 4-question retake of 10 minutes must not start
 * with "15 minutes remaining"); shorter attempts are warned at a share of their time instead: 25%
 * for the first warning, 10% for the final one. A first warning that would not come before the
 * final one is dropped. Untimed attempts are never warned.
 */

const MINUTE = 60_000;
const WARNINGS = [
  { level: 'first', fixedMs: 15 * MINUTE, share: 0.25 },
  { level: 'final', fixedMs: 5 * MINUTE, share: 0.1 },
] as const;

export interface TimeWarning {
  level: 'first' | 'final';
  /** Time left at which the warning shows. */
  atMs: number;
}

export type WarningState = { level: 'none' | 'expired' } | { level: TimeWarning['level']; atMs: number };

export function remainingMs(deadline: number, now: number): number {
  return Math.max(0, deadline - now);
}

/** The warnings of an attempt of this length, earliest first. */
export function timeWarnings(durationMs: number): TimeWarning[] {
  if (!Number.isFinite(durationMs)) return [];
  const warnings = WARNINGS.map(({ level, fixedMs, share }) => ({
    level,
    atMs: durationMs > 2 * fixedMs ? fixedMs : Math.round((durationMs * share) / 1000) * 1000,
  }));
  const final = warnings[warnings.length - 1]!;
  return warnings.filter((warning) => warning === final || warning.atMs > final.atMs);
}

/** The warning the user should see at this moment, if any (the latest one crossed). */
export function warningAt(remaining: number, durationMs: number): WarningState {
  if (remaining <= 0) return { level: 'expired' };
  const crossed = timeWarnings(durationMs).filter((warning) => remaining <= warning.atMs);
  const latest = crossed[crossed.length - 1];
  return latest ? { level: latest.level, atMs: latest.atMs } : { level: 'none' };
}

/** "15 minutes remaining." or "2 minutes 30 seconds remaining." */
export function warningText(atMs: number): string {
  const minutes = Math.floor(atMs / MINUTE);
  const seconds = Math.round((atMs % MINUTE) / 1000);
  const part = (n: number, unit: string) => (n === 0 ? '' : `${n} ${unit}${n === 1 ? '' : 's'}`);
  return `${[part(minutes, 'minute'), part(seconds, 'second')].filter(Boolean).join(' ') || '0 seconds'} remaining.`;
}

/** "1:05:09" or "4:07" */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`;
}
