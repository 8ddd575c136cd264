/**
 * The attempt files in `attempts/`: one small lowdb file per attempt, written on every answer.
 * Attempts still being written stay open in memory; finished ones are read from disk when asked.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { NotFoundError, type Attempt } from '../../core/index.ts';
import { ValidatedJsonFile } from './json-file.ts';
import { migrate } from './migrations.ts';
import { attemptFileSchema, CURRENT_SCHEMA_VERSION, type AttemptFile } from './stored-schemas.ts';

export class AttemptNotFoundError extends NotFoundError {}

const ATTEMPT_ID = /^[A-Za-z0-9._-]{1,200}$/;

export class AttemptFiles {
  private readonly open = new Map<string, Low<AttemptFile>>();

  constructor(readonly dir: string) {}

  pathOf(id: string): string {
    if (!ATTEMPT_ID.test(id)) throw new AttemptNotFoundError(`no attempt "${id}"`);
    return join(this.dir, `${id}.json`);
  }

  adapterOf(id: string): ValidatedJsonFile<AttemptFile> {
    return new ValidatedJsonFile(this.pathOf(id), attemptFileSchema, migrate);
  }

  /** Ids of every attempt file on disk (set-aside and temp files excluded). */
  async ids(): Promise<string[]> {
    const ids: string[] = [];
    for (const name of await readdir(this.dir)) {
      const match = /^(.+)\.json$/.exec(name);
      if (match && ATTEMPT_ID.test(match[1]!)) ids.push(match[1]!);
    }
    return ids;
  }

  cached(id: string): Attempt | undefined {
    return this.open.get(id)?.data.attempt;
  }

  /** Keeps a file read from disk open while its attempt is still in progress. */
  remember(id: string, data: AttemptFile): void {
    if (data.attempt.status === 'in-progress') this.open.set(id, new Low(this.adapterOf(id), data));
  }

  async write(attempt: Attempt): Promise<void> {
    let db = this.open.get(attempt.id);
    if (!db) {
      db = new Low(this.adapterOf(attempt.id), { schemaVersion: CURRENT_SCHEMA_VERSION, attempt });
      this.open.set(attempt.id, db);
    }
    db.data = { schemaVersion: CURRENT_SCHEMA_VERSION, attempt };
    await db.write();
    // Finished attempts are rarely read again: do not keep them in memory.
    if (attempt.status !== 'in-progress') this.open.delete(attempt.id);
  }

  forget(id?: string): void {
    if (id === undefined) this.open.clear();
    else this.open.delete(id);
  }
}
