/**
 * Question ids are forever: attempts, reviews and question reports refer to them. Every id ever
 * recorded (tests/content/known-ids/<pack>.txt) is either still in the pack or listed as retired
 * (<pack>.retired.txt) with the id that replaced it; a retired id never comes back. New ids are
 * recorded with `npx tsx scripts/record-question-ids.ts`.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../src/node/packs/pack-files.ts';
import { readKnownIds } from './known-ids.ts';

describe('stable question ids', async () => {
  const { packs } = await loadPacks('exams');
  it.each(packs.map((p) => [p.id, p] as const))('%s keeps every recorded id or records it as retired', (id, pack) => {
    const file = `tests/content/known-ids/${id}.txt`;
    expect(existsSync(file), `${file} is missing: run npx tsx scripts/record-question-ids.ts`).toBe(true);
    const { recorded, retired } = readKnownIds(id);
    const current = new Set(pack.questions.map((q) => q.id));
    expect(
      recorded.filter((q) => !current.has(q) && !retired.has(q)),
      'ids removed or renamed: restore them, or list them as retired with their replacement',
    ).toEqual([]);
    expect(
      [...current].filter((q) => !recorded.includes(q)),
      'new ids: run npx tsx scripts/record-question-ids.ts',
    ).toEqual([]);
    expect(
      [...retired.keys()].filter((q) => current.has(q)),
      'a retired id came back as a question: give the question a new id',
    ).toEqual([]);
    expect(
      [...retired.keys()].filter((q) => !recorded.includes(q)),
      'retired ids that were never recorded',
    ).toEqual([]);
    for (const [old, entry] of retired) {
      // The replacement is a question of the pack, or was itself retired for one (a chain).
      let next = entry.replacedBy;
      for (let hops = 0; retired.has(next) && hops < retired.size; hops++) next = retired.get(next)!.replacedBy;
      expect(current.has(next), `${old} is replaced by ${entry.replacedBy}, which leads to no question of the pack`).toBe(true);
      expect(entry.reason.length, `${old}: say why it was retired`).toBeGreaterThan(10);
    }
  });

  it('reads the retired list strictly: a malformed line fails instead of being skipped', () => {
    expect(() => readKnownIds('dva-c02', 'dva-3-3-012\n')).toThrow(/retired list line 1/);
    expect(() => readKnownIds('dva-c02', 'dva-3-3-012 dva-3-3-012 replaced by itself\n')).toThrow(/replaced by itself/);
    expect(readKnownIds('dva-c02', '# comment\n\ndva-3-3-012 dva-3-3-021 Copilot CLI end of support\n').retired.get('dva-3-3-012')).toEqual(
      {
        replacedBy: 'dva-3-3-021',
        reason: 'Copilot CLI end of support',
      },
    );
  });
});
