/** import(export(pack)) keeps every question and every field the format can express, on the DVA-C02 pack. */
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPack, planPack, readBank, type ImportFormat, type Pack, type Question, type QuestionSource } from '../../src/core/index.ts';
import { loadPackFolder } from '../../src/node/packs/pack-files.ts';

let pack: Pack;
beforeAll(async () => {
  const loaded = await loadPackFolder('exams/dva-c02');
  pack = loaded.pack!;
});

/** What each format can carry, beyond stem, options and keys. */
const EXPRESSES: Record<
  ImportFormat,
  { lineBreaks: boolean; ids: boolean; explanations: boolean; references: boolean; domains: boolean; tags: boolean }
> = {
  aiken: { lineBreaks: false, ids: false, explanations: false, references: false, domains: false, tags: false },
  gift: { lineBreaks: true, ids: true, explanations: true, references: true, domains: true, tags: false },
  'moodle-xml': { lineBreaks: true, ids: true, explanations: true, references: true, domains: true, tags: true },
  markdown: { lineBreaks: true, ids: false, explanations: true, references: true, domains: true, tags: false },
};

function roundTrip(format: ImportFormat) {
  const exported = exportPack(pack, format);
  const { result } = readBank({ name: exported.filename, text: exported.text, format });
  const mapping: Record<string, number> = {};
  for (const domain of pack.domains) {
    const title = `Domain ${domain.number}: ${domain.title}`;
    mapping[title] = domain.number;
    mapping[`${pack.title} / ${title}`] = domain.number;
  }
  const planned = planPack(result, { packId: 'again', title: 'Again', blueprint: pack, mapping });
  return { exported, result, planned };
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

function compare(original: Question, back: QuestionSource, can: (typeof EXPRESSES)[ImportFormat]) {
  // Aiken questions are one line: only the stem's line breaks may differ.
  if (can.lineBreaks) expect(back.stem).toBe(original.stem);
  else expect(back.stem).toBe(oneLine(original.stem));
  expect(back.type).toBe(original.type);
  expect(back.options.map((o) => [o.text, o.correct])).toEqual(original.options.map((o) => [o.text, o.correct]));
  if (can.ids) expect(back.id).toBe(original.id);
  if (can.explanations) {
    expect(back.options.map((o) => o.explanation ?? '')).toEqual(original.options.map((o) => o.explanation));
    expect(back.explanation).toBe(original.explanation);
  }
  if (can.references) expect(back.references).toEqual(original.references);
  if (can.domains) expect(back.domain).toBe(original.domain);
  if (can.tags) expect(back.topics).toEqual(expect.arrayContaining(original.topics));
}

describe.each(['gift', 'moodle-xml', 'markdown', 'aiken'] as const)('round trip through %s', (format) => {
  it('keeps every question the format can express, field by field, and says why any other was left out', () => {
    const { exported, result, planned } = roundTrip(format);
    expect(result.problems).toEqual([]);
    expect(planned.problems).toEqual([]);
    expect(exported.exported + exported.skipped.length).toBe(pack.questions.length);
    expect(planned.questions).toHaveLength(exported.exported);
    const skipped = new Set(exported.skipped.map((s) => s.questionId));
    const kept = pack.questions.filter((q) => !skipped.has(q.id));
    const expected = format === 'aiken' ? kept : [...kept].sort((a, b) => a.domain - b.domain);
    expected.forEach((original, i) => compare(original, planned.questions[i]!, EXPRESSES[format]));
    if (format === 'aiken') {
      for (const skip of exported.skipped)
        expect(pack.questions.find((q) => q.id === skip.questionId)!.type === 'multiple' || skip.reason.length > 0).toBe(true);
      expect(exported.exported).toBeGreaterThan(pack.questions.length / 2);
    } else expect(exported.skipped).toEqual([]);
  });
});
