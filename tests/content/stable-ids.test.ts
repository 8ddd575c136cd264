/**
 * Question ids are forever: attempts, reviews and question reports refer to them. A recorded id
 * may not disappear; new ids are recorded with `npx tsx scripts/record-question-ids.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../src/node/packs/pack-files.ts';

describe('stable question ids', async () => {
  const { packs } = await loadPacks('exams');
  it.each(packs.map((p) => [p.id, p] as const))('%s keeps every recorded id and records every new one', (id, pack) => {
    const file = `tests/content/known-ids/${id}.txt`;
    expect(existsSync(file), `${file} is missing: run npx tsx scripts/record-question-ids.ts`).toBe(true);
    const recorded = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    const current = new Set(pack.questions.map((q) => q.id));
    expect(
      recorded.filter((q) => !current.has(q)),
      'ids removed or renamed: restore them',
    ).toEqual([]);
    expect(
      [...current].filter((q) => !recorded.includes(q)),
      'new ids: run npx tsx scripts/record-question-ids.ts',
    ).toEqual([]);
  });
});
