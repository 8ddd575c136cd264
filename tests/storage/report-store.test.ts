/** reports.json on real files: edit and delete survive a restart; a missing report is a clear error. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QuestionReport } from '../../src/core/index.ts';
import { NoticeLog } from '../../src/node/storage/notices.ts';
import { ReportStore } from '../../src/node/storage/report-store.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();
const report = (id: string, note: string): QuestionReport => ({
  id,
  packId: 'dva-c02',
  questionId: 'dva-1-1-001',
  kind: 'wrong-key',
  note,
  createdAt: 1_800_000_000_000,
});

async function open(dir: string) {
  const store = new ReportStore(dir, new NoticeLog());
  await store.init();
  return store;
}

describe('question reports on disk', () => {
  it('edits a note and its kind, keeping the id, question and date', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await store.add(report('r1', 'first'));
    await store.add(report('r2', 'second'));
    const edited = await store.update({ reportId: 'r1', note: 'option C is right too', kind: 'unclear' }, 1_800_000_100_000);
    expect(edited).toEqual({ ...report('r1', 'option C is right too'), kind: 'unclear', updatedAt: 1_800_000_100_000 });
    const again = await open(dir);
    expect(again.list()).toEqual([edited, report('r2', 'second')]);
    const onDisk = JSON.parse(await readFile(join(dir, 'reports.json'), 'utf8'));
    expect(onDisk.schemaVersion).toBe(2);
    expect(onDisk.reports[0].note).toBe('option C is right too');
  });

  it('keeps the kind when an edit names none', async () => {
    const store = await open(await tempDir());
    await store.add(report('r1', 'first'));
    expect((await store.update({ reportId: 'r1', note: 'changed' }, 5)).kind).toBe('wrong-key');
  });

  it('deletes one report and keeps the others, after a restart too', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await store.add(report('r1', 'first'));
    await store.add(report('r2', 'second'));
    await store.remove('r1');
    expect((await open(dir)).list().map((r) => r.id)).toEqual(['r2']);
  });

  it('answers "not found" for a report that is gone, and changes nothing', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await store.add(report('r1', 'first'));
    await expect(store.remove('nope')).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.update({ reportId: 'nope', note: 'x' }, 1)).rejects.toThrow(/no question report "nope"/);
    expect((await open(dir)).list()).toEqual([report('r1', 'first')]);
  });
});
