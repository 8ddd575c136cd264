/**
 * `index.json`: the summaries of every attempt, written only when an attempt starts or ends. It is
 * derived data: it can always be rebuilt from the attempt files, so a damaged index loses nothing.
 */
import { Low } from 'lowdb';
import type { AttemptSummary } from '../../core/index.ts';
import { ValidatedJsonFile } from './json-file.ts';
import { migrate } from './migrations.ts';
import { CURRENT_SCHEMA_VERSION, indexFileSchema, type IndexFile } from './stored-schemas.ts';

export class AttemptIndex {
  private readonly summaries = new Map<string, AttemptSummary>();
  private readonly db: Low<IndexFile>;
  readonly adapter: ValidatedJsonFile<IndexFile>;

  constructor(readonly path: string) {
    this.adapter = new ValidatedJsonFile(path, indexFileSchema, migrate);
    this.db = new Low(this.adapter, { schemaVersion: CURRENT_SCHEMA_VERSION, attempts: [] });
  }

  /** Reads the file; null when there is none. Throws CorruptFileError for a damaged one. */
  async read(): Promise<AttemptSummary[] | null> {
    const stored = await this.adapter.read();
    return stored ? stored.attempts : null;
  }

  replaceAll(summaries: Iterable<AttemptSummary>): void {
    this.summaries.clear();
    for (const summary of summaries) this.summaries.set(summary.id, summary);
  }

  list(): AttemptSummary[] {
    return [...this.summaries.values()];
  }

  ids(): string[] {
    return [...this.summaries.keys()];
  }

  get(id: string): AttemptSummary | undefined {
    return this.summaries.get(id);
  }

  set(summary: AttemptSummary): void {
    this.summaries.set(summary.id, summary);
  }

  delete(id: string): boolean {
    return this.summaries.delete(id);
  }

  clear(): void {
    this.summaries.clear();
  }

  async write(): Promise<void> {
    this.db.data = { schemaVersion: CURRENT_SCHEMA_VERSION, attempts: this.list() };
    await this.db.write();
  }
}
