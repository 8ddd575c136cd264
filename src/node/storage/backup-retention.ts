/** How rotating backups are thinned as they age. */
import type { BackupInfo } from './backups.ts';

/** Which backups to keep: the newest 8, one a day for 7 days, one a week for 8 weeks. */
export function backupsToKeep(backups: readonly Pick<BackupInfo, 'name' | 'createdAt'>[], now: number): Set<string> {
  const DAY = 24 * 3600_000;
  const sorted = backups.slice().sort((a, b) => b.createdAt - a.createdAt);
  const keep = new Set(sorted.slice(0, 8).map((b) => b.name));
  const seenBuckets = new Set<string>();
  for (const backup of sorted) {
    const age = now - backup.createdAt;
    const bucket =
      age < 7 * DAY
        ? `day-${Math.floor(backup.createdAt / DAY)}`
        : age < 56 * DAY
          ? `week-${Math.floor(backup.createdAt / (7 * DAY))}`
          : undefined;
    if (bucket && !seenBuckets.has(bucket)) {
      seenBuckets.add(bucket);
      keep.add(backup.name);
    }
  }
  return keep;
}
