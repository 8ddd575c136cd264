/** The progress ledger on real files: updated on submit, rebuilt when missing, damaged or behind. */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reduceAttempt, startAttempt, type Attempt, type StartRequest } from '../../src/core/index.ts';
import { AttemptStore } from '../../src/node/storage/attempt-store.ts';
import { LedgerStore } from '../../src/node/storage/ledger-store.ts';
import { NoticeLog } from '../../src/node/storage/notices.ts';
import { makePack } from '../fixtures/packs.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();
const pack = makePack();
const T0 = 1_800_000_000_000;

function submitted(n: number, kind: 'full' | 'drill' = 'full'): Attempt {
  const request: StartRequest = kind === 'full' ? { kind: 'full' } : { kind: 'drill', domains: [2], count: 10 };
  let attempt = startAttempt(pack, request, { id: `at-${n}`, seed: n, now: T0 + n * 1000 });
  for (const item of attempt.items.slice(0, 30))
    attempt = reduceAttempt(
      attempt,
      { type: 'answer', questionId: item.questionId, optionIds: n % 2 ? item.correctOptionIds : [item.optionIds[0]!] },
      T0,
    );
  attempt = { ...attempt, viewedAt: undefined, answerTimes: { [attempt.items[0]!.questionId]: 20_000 + n } };
  return reduceAttempt(attempt, { type: 'submit' }, T0 + n * 1000 + 500);
}

async function open(dir: string, notices = new NoticeLog()) {
  const store = new AttemptStore(dir, notices);
  await store.init();
  const ledger = new LedgerStore(dir, notices, store, (id) => (id === pack.id ? pack : undefined));
  await ledger.open();
  return { store, ledger, notices };
}

async function withHistory(dir: string, count: number) {
  const opened = await open(dir);
  await opened.ledger.reconcile();
  for (let n = 1; n <= count; n++) {
    const attempt = submitted(n, n % 3 ? 'full' : 'drill');
    await opened.store.save(attempt);
    await opened.ledger.record(attempt);
  }
  return opened;
}

describe('the progress ledger on disk', () => {
  it('appends each submitted attempt and finds itself current after a restart', async () => {
    const dir = await tempDir();
    const { ledger } = await withHistory(dir, 4);
    const lines = (await readFile(join(dir, 'answers.jsonl'), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(5); // header + 4 attempts
    const summary = ledger.summary(pack.id)!;
    expect(summary).toMatchObject({ attempts: 4, mockCount: 3, answers: 100 });
    const entries = await ledger.entries();
    expect(entries).toHaveLength(65 * 3 + 10);
    expect(entries[0]).toMatchObject({ attemptId: 'at-1', kind: 'full', packId: pack.id, timeMs: 20_001 });
    expect(entries.filter((e) => e.chosen.length === 0)).toHaveLength(35 * 3);

    const again = await open(dir);
    expect(await again.ledger.reconcile()).toBe(false);
    expect(again.ledger.summary(pack.id)).toEqual(summary);
  });

  it('rebuilds both files, to the same figures, when the aggregates are missing or damaged', async () => {
    const dir = await tempDir();
    const { ledger } = await withHistory(dir, 3);
    const before = ledger.summary(pack.id);
    await rm(join(dir, 'progress.json'));
    const missing = await open(dir);
    expect(await missing.ledger.reconcile()).toBe(true);
    expect(missing.ledger.summary(pack.id)).toEqual(before);

    await writeFile(join(dir, 'progress.json'), '{"schemaVersion": 2, "packs": [');
    const damaged = await open(dir);
    expect(await damaged.ledger.reconcile()).toBe(true);
    expect(damaged.ledger.summary(pack.id)).toEqual(before);
    expect(damaged.notices.list()[0]!.message).toMatch(/progress\.json.*moved to.*rebuilt from your attempts/);
    expect((await readdir(dir)).some((n) => n.startsWith('progress.json.corrupt-'))).toBe(true);
  });

  it('rebuilds when the log was cut short, lacks a submitted attempt, or holds one that is gone', async () => {
    const dir = await tempDir();
    const { store, ledger } = await withHistory(dir, 3);
    const full = ledger.summary(pack.id)!;
    const log = await readFile(join(dir, 'answers.jsonl'), 'utf8');
    await writeFile(join(dir, 'answers.jsonl'), log.slice(0, log.length - 40)); // a torn last line
    const torn = await open(dir);
    expect(await torn.ledger.reconcile()).toBe(true);
    expect(torn.ledger.summary(pack.id)).toEqual(full);

    // Submitted while the ledger was not listening (a crash between the two writes).
    const late = submitted(4);
    await store.save(late);
    const behind = await open(dir);
    expect(await behind.ledger.reconcile()).toBe(true);
    expect(behind.ledger.summary(pack.id)!.attempts).toBe(4);

    // An attempt file removed (or a backup restored without it).
    await rm(join(dir, 'attempts', 'at-1.json'));
    const fewer = await open(dir);
    expect(await fewer.ledger.reconcile()).toBe(true);
    expect(fewer.ledger.summary(pack.id)!.attempts).toBe(3);
    expect((await fewer.ledger.entries()).some((e) => e.attemptId === 'at-1')).toBe(false);
  });

  it('sets aside a log damaged in the middle when exporting, and exports from the rebuilt one', async () => {
    const dir = await tempDir();
    const { ledger, notices } = await withHistory(dir, 2);
    const path = join(dir, 'answers.jsonl');
    const log = await readFile(path, 'utf8');
    const at = log.indexOf('\n') + 1;
    await writeFile(path, log.slice(0, at) + '#' + log.slice(at + 1)); // same size: only reading finds it
    const entries = await ledger.entries();
    expect(entries).toHaveLength(130);
    expect(notices.list().some((n) => /answers\.jsonl.*line 2.*rebuilt/.test(n.message))).toBe(true);
    expect(await readFile(path, 'utf8')).toBe(log);
  });
});
