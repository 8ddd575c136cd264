/**
 * Every field of a stored attempt survives a write and a read. The fixture must hold every field
 * the schema knows (the test says which is missing), so a field added to the attempt's schema
 * cannot be dropped between memory and disk without this test failing.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  attemptSchema,
  attemptSummarySchema,
  reduceAttempt,
  startAttempt,
  summarizeAttempt,
  type Attempt,
  type StartRequest,
} from '../../src/core/index.ts';
import { AttemptStore } from '../../src/node/storage/attempt-store.ts';
import { NoticeLog } from '../../src/node/storage/notices.ts';
import { makePack } from '../fixtures/packs.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();
const T0 = 1_800_000_000_000;

/** Schema keys (at any depth of objects and arrays of objects) that `value` does not hold. */
function missingKeys(schema: z.ZodType, value: unknown, path = ''): string[] {
  const inner = schema instanceof z.ZodOptional || schema instanceof z.ZodNullable ? (schema.unwrap() as z.ZodType) : schema;
  if (inner instanceof z.ZodArray) {
    const items = Array.isArray(value) ? value : [];
    return items.length === 0
      ? [`${path}[] (empty in the fixture)`]
      : items.flatMap((item, i) => missingKeys(inner.element as z.ZodType, item, `${path}[${i}]`));
  }
  if (!(inner instanceof z.ZodObject)) return [];
  const record = (value ?? {}) as Record<string, unknown>;
  return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, child]) =>
    key in record ? missingKeys(child, record[key], `${path}.${key}`) : [`${path}.${key}`],
  );
}

/**
 * An attempt that uses every field: a practice drill, answered and checked, flagged, struck out,
 * with a scratch pad, moved through (time per question) and submitted. Two fields no single
 * attempt holds together are added by hand: a fixed exam's id and a pause.
 */
function completeAttempt(): Attempt {
  const pack = makePack();
  const start: StartRequest = {
    kind: 'custom',
    filter: { domains: [1] },
    source: 'all',
    count: 5,
    timing: { mode: 'none' },
    feedback: 'practice',
  };
  let attempt = startAttempt(pack, start, { id: 'complete', seed: 7, now: T0 });
  const [first, second] = attempt.items;
  attempt = reduceAttempt(attempt, { type: 'answer', questionId: first!.questionId, optionIds: first!.correctOptionIds }, T0 + 1000);
  attempt = reduceAttempt(attempt, { type: 'check', questionId: first!.questionId }, T0 + 1500);
  attempt = reduceAttempt(attempt, { type: 'flag', questionId: second!.questionId, flagged: true }, T0 + 2000);
  attempt = reduceAttempt(
    attempt,
    { type: 'eliminate', questionId: second!.questionId, optionId: second!.optionIds[0]!, eliminated: true },
    T0 + 3000,
  );
  attempt = reduceAttempt(attempt, { type: 'scratch', text: 'RCU = ceil(6/4) x 50' }, T0 + 3500);
  attempt = reduceAttempt(attempt, { type: 'navigate', index: 1 }, T0 + 4000);
  attempt = reduceAttempt(attempt, { type: 'submit' }, T0 + 5000);
  return { ...attempt, fixedExamId: 'practice-1', pausedAt: T0 + 4500 };
}

describe('a stored attempt', () => {
  it('keeps every field through a write and a read', async () => {
    const attempt = completeAttempt();
    expect(missingKeys(attemptSchema, attempt)).toEqual([]);
    const dir = await tempDir();
    const store = new AttemptStore(dir, new NoticeLog());
    await store.init();
    await store.save(attempt);

    const reopened = new AttemptStore(dir, new NoticeLog());
    await reopened.init();
    expect(await reopened.load(attempt.id)).toEqual(attempt);
    const onDisk = JSON.parse(await readFile(join(dir, 'attempts', `${attempt.id}.json`), 'utf8')) as { attempt: unknown };
    expect(attemptSchema.parse(onDisk.attempt)).toEqual(attempt);
  });

  it('keeps every field of its summary in the index', async () => {
    const attempt = completeAttempt();
    const summary = summarizeAttempt(attempt);
    expect(missingKeys(attemptSummarySchema, summary)).toEqual([]);
    const dir = await tempDir();
    const store = new AttemptStore(dir, new NoticeLog());
    await store.init();
    await store.save(attempt);
    const reopened = new AttemptStore(dir, new NoticeLog());
    await reopened.init();
    expect(reopened.summary(attempt.id)).toEqual(summary);
  });
});
