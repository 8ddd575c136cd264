/**
 * The sealed index: read without validating only when its seal proves it is exactly what Proctor
 * wrote under the same schema; damaged, edited, unsealed or foreign-schema files are validated in
 * full (and a bad one set aside and rebuilt), so nothing unvalidated reaches the app.
 */
import fc from 'fast-check';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attemptSummarySchema, reduceAttempt, startAttempt } from '../../src/core/index.ts';
import { indexFingerprint } from '../../src/node/storage/attempt-index.ts';
import { AttemptStore } from '../../src/node/storage/attempt-store.ts';
import { NoticeLog } from '../../src/node/storage/notices.ts';
import { isSealed, schemaFingerprint, seal } from '../../src/node/storage/sealed-json.ts';
import { indexFileSchema } from '../../src/node/storage/stored-schemas.ts';
import { makePack } from '../fixtures/packs.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();
const pack = makePack();
const T0 = 1_800_000_000_000;

async function openStore(dir: string) {
  const notices = new NoticeLog();
  const store = new AttemptStore(dir, notices);
  await store.init();
  return { store, notices };
}

async function storeWithAttempts(count: number) {
  const dir = await tempDir();
  const { store } = await openStore(dir);
  for (let i = 0; i < count; i++) {
    let attempt = startAttempt(pack, { kind: 'full' }, { id: `a${i}`, seed: i, now: T0 + i });
    if (i % 2) attempt = reduceAttempt(attempt, { type: 'submit' }, T0 + i + 60_000);
    await store.save(attempt);
  }
  return { dir, store, index: join(dir, 'index.json') };
}

describe('seal', () => {
  it('matches only the exact text and the same schema fingerprint', () => {
    const json = JSON.stringify({ schemaVersion: 1, attempts: [{ id: 'x' }] });
    const sealed = seal(json, 'f1');
    expect(JSON.parse(sealed)).toMatchObject({ schemaVersion: 1, attempts: [{ id: 'x' }], seal: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(isSealed(sealed, 'f1')).toBe(true);
    expect(isSealed(sealed, 'f2')).toBe(false);
    expect(isSealed(sealed.replace('"x"', '"y"'), 'f1')).toBe(false);
    expect(isSealed(json, 'f1')).toBe(false);
    expect(isSealed(`${sealed}\n`, 'f1')).toBe(false);
    expect(schemaFingerprint(1, { a: 1 })).not.toBe(schemaFingerprint(1, { a: 2 }));
  });
});

describe('the sealed index', () => {
  it('is written sealed, stays plain JSON an older Proctor reads, and is trusted on the next start', async () => {
    const { dir, store, index } = await storeWithAttempts(6);
    const text = await readFile(index, 'utf8');
    expect(isSealed(text, indexFingerprint())).toBe(true);
    expect(indexFileSchema.parse(JSON.parse(text)).attempts).toHaveLength(6);
    const { store: reopened, notices } = await openStore(dir);
    expect(reopened.list()).toEqual(store.list());
    expect(notices.list()).toEqual([]);
    expect(await readFile(index, 'utf8')).toBe(text); // nothing rewritten
  });

  it('validates an unsealed index in full (an older Proctor’s), then seals it', async () => {
    const { dir, store, index } = await storeWithAttempts(4);
    await writeFile(index, JSON.stringify({ schemaVersion: 1, attempts: store.list() }));
    const { store: reopened } = await openStore(dir);
    expect(reopened.list()).toEqual(store.list());
    expect(isSealed(await readFile(index, 'utf8'), indexFingerprint())).toBe(true);
  });

  it('does not trust an edited summary whose seal no longer matches: the index is set aside and rebuilt', async () => {
    const { dir, store, index } = await storeWithAttempts(4);
    const text = await readFile(index, 'utf8');
    await writeFile(index, text.replace('"status":"submitted"', '"status":"bogus"'));
    const { store: reopened, notices } = await openStore(dir);
    expect(
      notices
        .list()
        .map((n) => n.message)
        .join('\n'),
    ).toMatch(/Could not read .*index\.json \(unexpected content at attempts\.\d\.status/);
    expect(reopened.list().sort((a, b) => a.id.localeCompare(b.id))).toEqual(store.list().sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('never lets a damaged index through: 200 random edits of a sealed file', async () => {
    const { dir, store, index } = await storeWithAttempts(5);
    const text = await readFile(index, 'utf8');
    const ids = store
      .list()
      .map((s) => s.id)
      .sort();
    await fc.assert(
      fc.asyncProperty(fc.nat(text.length - 1), fc.string({ minLength: 0, maxLength: 3 }), async (at, insert) => {
        const damaged = text.slice(0, at) + insert + text.slice(at + 1);
        await writeFile(index, damaged);
        const { store: reopened } = await openStore(dir);
        for (const summary of reopened.list()) expect(attemptSummarySchema.safeParse(summary).success).toBe(true);
        if (damaged !== text) expect(isSealed(damaged, indexFingerprint())).toBe(false);
        // Whatever the damage, every attempt is still listed (rebuilt from the attempt files if need be).
        expect(
          reopened
            .list()
            .map((s) => s.id)
            .sort(),
        ).toEqual(ids);
      }),
      { numRuns: 200 },
    );
  });
});
