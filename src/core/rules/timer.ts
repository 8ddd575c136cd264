/** Time left is always derived from the deadline stored on the attempt, never counted down. */

export const WARNING_THRESHOLDS_MS = [15 * 60_000, 5 * 60_000] as const;

export function remainingMs(deadline: number, now: number): number {
  return Math.max(0, deadline - now);
}

/** The warning the user should see at this moment, if any (the smallest threshold crossed). */
export function warningLevel(remaining: number): 'none' | '15-minutes' | '5-minutes' | 'expired' {
  if (remaining <= 0) return 'expired';
  if (remaining <= WARNING_THRESHOLDS_MS[1]) return '5-minutes';
  if (remaining <= WARNING_THRESHOLDS_MS[0]) return '15-minutes';
  return 'none';
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
