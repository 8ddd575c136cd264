/**
 * Numbered migrations of stored files. Each takes the data of version N-1 and returns version N.
 * A file newer than this build is refused rather than guessed at.
 */
import { ProctorError } from '../../core/index.ts';
import { CURRENT_SCHEMA_VERSION } from './stored-schemas.ts';

export interface Migration {
  to: number;
  describe: string;
  up: (data: Record<string, unknown>) => Record<string, unknown>;
}

/** Version 0 is data written before files carried a version: the same shape, unlabelled. */
export const MIGRATIONS: Migration[] = [
  { to: 1, describe: 'label files with schemaVersion 1', up: (data) => ({ ...data, schemaVersion: 1 }) },
];

/** Data written by a newer Proctor: refused, and left exactly as it is. */
export class NewerDataError extends ProctorError {
  constructor(message: string) {
    super('conflict', message);
  }
}

export function versionOf(data: unknown): number {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return -1;
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  return version === undefined ? 0 : typeof version === 'number' ? version : -1;
}

export function needsMigration(data: unknown): boolean {
  const version = versionOf(data);
  return version >= 0 && version < CURRENT_SCHEMA_VERSION;
}

/** Brings data up to the current version; returns other shapes unchanged for the schema to reject. */
export function migrate(data: unknown, path: string): unknown {
  let version = versionOf(data);
  if (version < 0) return data;
  if (version > CURRENT_SCHEMA_VERSION)
    throw new NewerDataError(
      `${path} was written by a newer Proctor (data version ${version}; this one reads up to ${CURRENT_SCHEMA_VERSION}). ` +
        'Update Proctor; the file was left as it is.',
    );
  let current = data as Record<string, unknown>;
  for (const migration of MIGRATIONS) {
    if (migration.to > version) {
      current = migration.up(current);
      version = migration.to;
    }
  }
  return current;
}
