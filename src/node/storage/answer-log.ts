/**
 * The ledger's full record (`answers.jsonl`): one line per submitted attempt, every answer in a
 * compact array, appended on submit (so a submission costs the same at any history size) and
 * streamed for exports and rebuilds. A header line names the format. A line that does not read
 * means the file is damaged: the caller sets it aside and rebuilds it from the attempts.
 */
import { createReadStream } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { LedgerAttempt } from '../../core/index.ts';
import { syncDirectory } from './durable-write.ts';
import { CorruptFileError } from './json-file.ts';

export const ANSWER_LOG_HEADER = JSON.stringify({ format: 'proctor-answer-log', version: 1 });

/** [questionId, domain, task, topics, chosen option letters, 1 right / 0 wrong, ms or null] */
const answerRow = z.tuple([
  z.string(),
  z.number().int(),
  z.string(),
  z.array(z.string()),
  z.string().regex(/^[a-h]*$/),
  z.union([z.literal(0), z.literal(1)]),
  z.number().min(0).nullable(),
]);
/** [attemptId, kind, packId, title, submittedAt, answers] */
const attemptRow = z.tuple([z.string(), z.string(), z.string(), z.string(), z.number(), z.array(answerRow)]);

export function encodeLine(line: LedgerAttempt): string {
  const answers = line.answers.map((a) => [
    a.questionId,
    a.domain,
    a.task,
    a.topics,
    a.chosen.join(''),
    a.correct ? 1 : 0,
    a.timeMs ?? null,
  ]);
  return JSON.stringify([line.attemptId, line.kind, line.packId, line.title, line.submittedAt, answers]) + '\n';
}

export function decodeLine(text: string): LedgerAttempt | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = attemptRow.safeParse(data);
  if (!parsed.success) return undefined;
  const [attemptId, kind, packId, title, submittedAt, answers] = parsed.data;
  return {
    attemptId,
    kind,
    packId,
    title,
    submittedAt,
    answers: answers.map(([questionId, domain, task, topics, chosen, correct, time]) => ({
      questionId,
      domain,
      task,
      topics,
      chosen: [...chosen],
      correct: correct === 1,
      ...(time !== null ? { timeMs: time } : {}),
    })),
  };
}

export async function logSize(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Appends lines and waits for the disk; answers the file's new size. */
export async function appendLines(path: string, text: string): Promise<number> {
  const handle = await open(path, 'a', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
    return (await handle.stat()).size;
  } finally {
    await handle.close();
  }
}

/** Writes a whole new log from `lines` (a rebuild) next to the old one, then swaps it in. */
export async function writeLog(path: string, lines: AsyncIterable<LedgerAttempt>): Promise<number> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.rebuild.tmp`);
  const handle = await open(temp, 'w', 0o600);
  try {
    let chunk = ANSWER_LOG_HEADER + '\n';
    for await (const line of lines) {
      chunk += encodeLine(line);
      if (chunk.length > 1 << 20) {
        await handle.writeFile(chunk, 'utf8');
        chunk = '';
      }
    }
    await handle.writeFile(chunk, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  const size = (await handle.stat()).size;
  await handle.close();
  await rename(temp, path);
  await syncDirectory(dirname(path));
  return size;
}

/** Streams the attempts of the log; a header or line that does not read throws CorruptFileError. */
export async function* readLog(path: string): AsyncGenerator<LedgerAttempt> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let number = 0;
  for await (const text of lines) {
    number++;
    if (number === 1) {
      if (text !== ANSWER_LOG_HEADER) throw new CorruptFileError(path, 'the first line is not the answer-log header');
      continue;
    }
    const line = decodeLine(text);
    if (!line) throw new CorruptFileError(path, `line ${number} is not a ledger entry`);
    yield line;
  }
  if (number === 0) throw new CorruptFileError(path, 'the file is empty');
}
