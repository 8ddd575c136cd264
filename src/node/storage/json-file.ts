/**
 * A lowdb adapter that validates what it reads and writes durably. It never hands lowdb a
 * default for a file that exists but cannot be read: that file is reported as corrupt instead.
 */
import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { ProctorError } from '../../core/index.ts';
import { writeFileDurable } from './durable-write.ts';

export class CorruptFileError extends ProctorError {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super('internal', `${path} could not be read: ${reason}`);
  }
}

export const MAX_DATA_FILE_BYTES = 64 * 1024 * 1024;

export class ValidatedJsonFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly schema: z.ZodType<T>,
    private readonly upgrade: (data: unknown, path: string) => unknown = (data) => data,
  ) {}

  /** null when the file does not exist; CorruptFileError when it exists but is unusable. */
  async read(): Promise<T | null> {
    let text: string;
    try {
      const buffer = await readFile(this.path);
      if (buffer.byteLength > MAX_DATA_FILE_BYTES)
        throw new CorruptFileError(this.path, `larger than ${MAX_DATA_FILE_BYTES / 1024 / 1024} MB`);
      text = buffer.toString('utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new CorruptFileError(this.path, text.trim() === '' ? 'the file is empty' : `not valid JSON (${(error as Error).message})`);
    }
    const result = this.schema.safeParse(this.upgrade(data, this.path));
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new CorruptFileError(this.path, `unexpected content at ${issue.path.join('.') || 'the top level'}: ${issue.message}`);
    }
    return result.data;
  }

  async write(data: T): Promise<void> {
    await writeFileDurable(this.path, JSON.stringify(data));
  }
}
