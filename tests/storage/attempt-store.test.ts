import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reduceAttempt, startAttempt } from '../../src/core/index.ts';
import { AttemptNotFoundError, AttemptStore } from '../../src/node/storage/attempt-store.ts';
import { NoticeLog } from '../../src/node/storage/notices.ts';
import { CURRENT_SCHEMA_VERSION } from '../../src/node/storage/stored-schemas.ts';
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

describe('attempt storage on real files', () => {
  it('saves every answer to the attempt file and finds it again after a restart', async () => {
    const dir = await tempDir();
    const { store } = await openStore(dir);
    let attempt = startAttempt(pack, { kind: 'full' }, { id: 'a1', seed: 5, now: T0 });
    await store.save(attempt);
    const q = attempt.items[0]!;
    attempt = reduceAttempt(attempt, { type: 'answer', questionId: q.questionId, optionIds: [q.optionIds[2]!] }, T0 + 1000);
    await store.save(attempt);
    attempt = reduceAttempt(attempt, { type: 'flag', questionId: q.questionId, flagged: true }, T0 + 2000);
    await store.save(attempt);

    const { store: reopened } = await openStore(dir);
    const loaded = await reopened.load('a1');
    expect(loaded).toEqual(attempt);
    expect(reopened.list().map((s) => s.id)).toEqual(['a1']);
    const file = JSON.parse(await readFile(join(dir, 'attempts', 'a1.json'), 'utf8'));
    expect(file.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect((await readdir(join(dir, 'attempts'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('writes the index only when an attempt starts or ends, not on every answer', async () => {
    const dir = await tempDir();
    const { store } = await openStore(dir);
    let attempt = startAttempt(pack, { kind: 'full' }, { id: 'a2', seed: 5, now: T0 });
    await store.save(attempt);
    const indexBefore = await readFile(join(dir, 'index.json'), 'utf8');
    const mtimeBefore = (await stat(join(dir, 'index.json'))).mtimeMs;
    for (const item of attempt.items.slice(0, 10)) {
      attempt = reduceAttempt(attempt, { type: 'answer', questionId: item.questionId, optionIds: [item.optionIds[0]!] }, T0 + 1000);
      await store.save(attempt);
    }
    expect((await stat(join(dir, 'index.json'))).mtimeMs).toBe(mtimeBefore);
    expect(await readFile(join(dir, 'index.json'), 'utf8')).toBe(indexBefore);
    attempt = reduceAttempt(attempt, { type: 'submit' }, T0 + 5000);
    await store.save(attempt);
    const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
    expect(index.attempts[0]).toMatchObject({ id: 'a2', status: 'submitted', answeredCount: 10 });
  });

  it.each([
    ['truncated JSON', '{"schemaVersion":1,"attempt":{"id":"a3"'],
    ['not JSON', 'hello'],
    ['null', 'null'],
    ['the wrong shape', '{"schemaVersion":1,"attempt":{"id":42}}'],
    ['an empty file', ''],
  ])('sets aside an attempt file holding %s, tells the user, and never writes over it', async (_label, content) => {
    const dir = await tempDir();
    const { store } = await openStore(dir);
    await store.save(startAttempt(pack, { kind: 'full' }, { id: 'a3', seed: 1, now: T0 }));
    await writeFile(join(dir, 'attempts', 'a3.json'), content);
    const { store: fresh, notices } = await openStore(dir);
    await expect(fresh.load('a3')).rejects.toThrow(AttemptNotFoundError);
    expect(fresh.list()).toEqual([]);
    const names = await readdir(join(dir, 'attempts'));
    const aside = names.find((n) => n.startsWith('a3.json.corrupt-'));
    expect(aside).toBeDefined();
    expect(await readFile(join(dir, 'attempts', aside!), 'utf8')).toBe(content);
    expect(names).not.toContain('a3.json');
    expect(notices.list()[0]!.message).toMatch(/a3\.json.*moved to/);
  });

  it('rebuilds a damaged index from the attempt files, losing nothing', async () => {
    const dir = await tempDir();
    const { store } = await openStore(dir);
    for (const id of ['x1', 'x2', 'x3']) await store.save(startAttempt(pack, { kind: 'full' }, { id, seed: 1, now: T0 }));
    await writeFile(join(dir, 'index.json'), '{"schemaVersion":1,"attem');
    const { store: reopened, notices } = await openStore(dir);
    expect(
      reopened
        .list()
        .map((s) => s.id)
        .sort(),
    ).toEqual(['x1', 'x2', 'x3']);
    expect(notices.list()).toHaveLength(1);
    expect((await readdir(dir)).some((n) => n.startsWith('index.json.corrupt-'))).toBe(true);
  });

  it('refuses data written by a newer version and leaves it alone', async () => {
    const dir = await tempDir();
    await openStore(dir);
    await writeFile(join(dir, 'index.json'), '{"schemaVersion":99,"attempts":[]}');
    await expect(openStore(dir)).rejects.toThrow(/newer Proctor/);
    expect(await readFile(join(dir, 'index.json'), 'utf8')).toBe('{"schemaVersion":99,"attempts":[]}');
  });

  it('refuses ids that could escape the data folder', async () => {
    const { store } = await openStore(await tempDir());
    await expect(store.load('../../etc/passwd')).rejects.toThrow(AttemptNotFoundError);
  });
});

describe('temp files at start', () => {
  it('removes those a crashed process left, and keeps this process’s writes in progress', async () => {
    const dir = await tempDir();
    await openStore(dir);
    const stale = `.index.json.${process.pid + 1}.0123456789ab.tmp`;
    const live = `.window-state.json.${process.pid}.0123456789ab.tmp`;
    await writeFile(join(dir, stale), '{');
    await writeFile(join(dir, live), '{');
    await writeFile(join(dir, 'attempts', `.a1.json.${process.pid + 1}.0123456789ab.tmp`), '{');
    await openStore(dir);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([live]);
    expect((await readdir(join(dir, 'attempts'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
