/** Every attempt in full as JSON, for the user's own analysis; a versioned document, oldest first. */
import type { Attempt } from '../attempt/schema.ts';

export const ATTEMPTS_EXPORT_FORMAT = 'proctor-attempts';

export function attemptsJson(attempts: readonly Attempt[], now: number): string {
  const sorted = [...attempts].sort((a, b) => a.startedAt - b.startedAt);
  const document = { format: ATTEMPTS_EXPORT_FORMAT, version: 1, exportedAt: new Date(now).toISOString(), attempts: sorted };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function attemptsJsonFilename(now: number): string {
  return `proctor-attempts-${new Date(now).toISOString().slice(0, 10)}.json`;
}
