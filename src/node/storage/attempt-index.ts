/**
 * `index.json`: the summaries of every attempt, written only when an attempt starts or ends. It is
 * derived data: it can always be rebuilt from the attempt files, so a damaged index loses nothing.
 *
 * At 10,000 attempts the index is about 4 MB, and validating every summary on each start cost more
 * than everything else the start does. So the index is sealed (sealed-json.ts): every summary is
 * validated as it enters the index, the file is written with a seal, and a file whose seal matches
 * is read without validating again. Any other file is validated in full, as before.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { attemptSummarySchema, ProctorError, type AttemptSummary } from '../../core/index.ts';
import { writeFileDurable } from './durable-write.ts';
import { MAX_DATA_FILE_BYTES, ValidatedJsonFile } from './json-file.ts';
import { migrate } from './migrations.ts';
import { isSealed, schemaFingerprint, seal } from './sealed-json.ts';
import { CURRENT_SCHEMA_VERSION, indexFileSchema, type IndexFile } from './stored-schemas.ts';

let fingerprint: string | undefined;
/** Changes with the index's schema, so a seal made under other rules is not trusted. */
export function indexFingerprint(): string {
  fingerprint ??= schemaFingerprint(CURRENT_SCHEMA_VERSION, z.toJSONSchema(indexFileSchema, { unrepresentable: 'any' }));
  return fingerprint;
}

export class AttemptIndex {
  private readonly summaries = new Map<string, AttemptSummary>();
  readonly adapter: ValidatedJsonFile<IndexFile>;
  /** The file read last had no valid seal: write it again (sealed) once it is known good. */
  unsealed = false;

  constructor(readonly path: string) {
    this.adapter = new ValidatedJsonFile(path, indexFileSchema, migrate);
  }

  /** Reads the file; null when there is none. Throws CorruptFileError for a damaged one. */
  async read(): Promise<AttemptSummary[] | null> {
    let buffer: Buffer;
    try {
      buffer = await readFile(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    if (buffer.byteLength <= MAX_DATA_FILE_BYTES && isSealed(buffer, indexFingerprint())) {
      this.unsealed = false;
      return (JSON.parse(buffer.toString('utf8')) as IndexFile).attempts;
    }
    const stored = await this.adapter.read();
    this.unsealed = true;
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

  /** Every summary is checked as it enters, so the sealed file holds only valid ones. */
  set(summary: AttemptSummary): void {
    const checked = attemptSummarySchema.safeParse(summary);
    if (!checked.success)
      throw new ProctorError('internal', `the summary of attempt ${summary.id} does not fit the index: ${checked.error.message}`);
    this.summaries.set(summary.id, checked.data);
  }

  delete(id: string): boolean {
    return this.summaries.delete(id);
  }

  clear(): void {
    this.summaries.clear();
  }

  async write(): Promise<void> {
    const data: IndexFile = { schemaVersion: CURRENT_SCHEMA_VERSION, attempts: this.list() };
    await writeFileDurable(this.path, seal(JSON.stringify(data), indexFingerprint()));
    this.unsealed = false;
  }
}
