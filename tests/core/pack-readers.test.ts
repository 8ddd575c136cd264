/**
 * The fast YAML reader must never change what a pack means: for the shipped bank, for packs
 * written in every YAML style, and for damaged ones, parsing with the fast reader first gives
 * exactly what the thorough reader alone gives (questions, their lines, or the same errors).
 */
import fc from 'fast-check';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Scalar, stringify } from 'yaml';
import { parsePack, questionFileSchema, type PackSource } from '../../src/core/index.ts';
import { readYamlFast } from '../../src/core/pack/yaml-source.ts';
import { textDamage } from '../fixtures/mutate.ts';

const PACK = 'exams/dva-c02';
const bank: PackSource = {
  manifest: { path: `${PACK}/pack.yaml`, text: await readFile(`${PACK}/pack.yaml`, 'utf8') },
  questionFiles: await Promise.all(
    (await readdir(`${PACK}/questions`))
      .sort()
      .map(async (name) => ({ path: `${PACK}/questions/${name}`, text: await readFile(join(PACK, 'questions', name), 'utf8') })),
  ),
};
const manifest = {
  path: 'm/pack.yaml',
  text: [
    'id: m',
    'title: M',
    'exam: { questionCount: 2, durationMinutes: 4, passingScaledScore: 720 }',
    'domains:',
    '  - { number: 1, title: One, weight: 100, tasks: [{ id: "1.1", title: T }] }',
    '',
  ].join('\n'),
};
const same = (source: PackSource): void => {
  expect(parsePack(source)).toEqual(parsePack(source, { reader: 'thorough' }));
};

describe('the fast reader', () => {
  it('reads every file of the shipped bank, with the same questions and lines as the thorough reader', () => {
    for (const file of bank.questionFiles) expect(readYamlFast(file, questionFileSchema, 'questions'), file.path).toBeDefined();
    const fast = parsePack(bank);
    expect(fast.errors).toEqual([]);
    expect(fast).toEqual(parsePack(bank, { reader: 'thorough' }));
    expect(new Set(fast.pack!.questions.map((q) => q.source.line)).size).toBeGreaterThan(100);
  });

  it('declines aliases, duplicate keys, several documents and tags, leaving them to the thorough reader', () => {
    const q =
      'questions:\n  - &q { id: a, domain: 1, task: "1.1", type: single, difficulty: 1, topics: [t], stem: S, ' +
      'options: [{ text: A, correct: true }, { text: B }] }\n';
    for (const text of [
      `${q}  - *q\n`,
      'questions: []\nquestions: []\n',
      'questions: []\n---\nquestions: []\n',
      'questions: !!set {}\n',
      '',
    ]) {
      expect(readYamlFast({ path: 'q.yaml', text }, questionFileSchema, 'questions'), text).toBeUndefined();
      same({ manifest, questionFiles: [{ path: 'q.yaml', text }] });
    }
    const bomb = 'a: &a [1,2]\nb: &b [*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c]\nquestions: []';
    expect(parsePack({ manifest, questionFiles: [{ path: 'q.yaml', text: bomb }] }).errors.length).toBeGreaterThan(0);
  });

  const text = fc.oneof(
    fc.string({ minLength: 1, maxLength: 40 }),
    fc.string({ minLength: 1, maxLength: 12, unit: 'binary' }),
    fc.constantFrom(
      'a: b',
      '# not a comment',
      "it's",
      '"quoted"',
      '- dash',
      '  leading',
      'trailing  ',
      'line\nbreak',
      'tab\there',
      '€ ünïcode',
      'yes',
      'null',
      '0x1F',
      '1e3',
      '~',
      'key: |',
    ),
  );
  // Valid questions (so the fast reader's output is compared, not just its refusals), carrying
  // the hard strings, with one broken rule now and then.
  const question = (id: string) =>
    fc
      .record({
        multiple: fc.boolean(),
        stem: text,
        options: fc.array(fc.record({ text, explanation: fc.option(text, { nil: undefined }) }, { requiredKeys: ['text'] }), {
          minLength: 5,
          maxLength: 6,
        }),
        topics: fc.array(fc.constantFrom('s3', 'lambda', 'api-gateway'), { minLength: 1, maxLength: 2 }),
        broken: fc.oneof(
          { arbitrary: fc.constant(undefined), weight: 12 },
          { arbitrary: fc.constantFrom('topic', 'reference', 'keys', 'task'), weight: 1 },
        ),
      })
      .map(({ multiple, stem, options, topics, broken }) => ({
        id,
        domain: 1,
        task: broken === 'task' ? '2.1' : '1.1',
        type: multiple ? 'multiple' : 'single',
        difficulty: 2,
        topics: broken === 'topic' ? ['Not Kebab'] : topics,
        stem: multiple ? `${stem} (Choose TWO.)` : stem,
        options: options.map((o, i) => ({ ...o, ...(i < (multiple ? 2 : 1) || broken === 'keys' ? { correct: true } : {}) })),
        references: [broken === 'reference' ? 'http://docs.aws.amazon.com/x' : 'https://docs.aws.amazon.com/x'],
      }));
  const style = fc.record({
    defaultStringType: fc.constantFrom(Scalar.PLAIN, Scalar.QUOTE_DOUBLE, Scalar.QUOTE_SINGLE, Scalar.BLOCK_LITERAL, Scalar.BLOCK_FOLDED),
    collectionStyle: fc.constantFrom('any', 'block', 'flow'),
    indent: fc.constantFrom(2, 4),
    indentSeq: fc.boolean(),
    lineWidth: fc.constantFrom(0, 20, 80),
  });

  it('agrees with the thorough reader on 400 generated packs, written in every YAML style', () => {
    let loaded = 0;
    let fastReads = 0;
    fc.assert(
      fc.property(fc.tuple(question('q1'), question('q2'), question('q3')), style, (questions, options) => {
        const written = stringify({ questions }, null, options as Parameters<typeof stringify>[2]);
        same({ manifest, questionFiles: [{ path: 'q.yaml', text: written }] });
        if (readYamlFast({ path: 'q.yaml', text: written }, questionFileSchema, 'questions')) fastReads++;
        if (parsePack({ manifest, questionFiles: [{ path: 'q.yaml', text: written }] }).pack) loaded++;
      }),
      { numRuns: Number(process.env.PACK_READER_RUNS ?? 400) },
    );
    // Most runs are compared on the fast reader's own output, not only on its refusals.
    expect(loaded).toBeGreaterThan(100);
    expect(fastReads).toBeGreaterThan(100);
  });

  it('agrees with the thorough reader on 150 damaged copies of a bank file', () => {
    const file = bank.questionFiles[0]!;
    fc.assert(
      fc.property(textDamage(file.text), (damaged) =>
        same({ manifest: bank.manifest, questionFiles: [{ path: file.path, text: damaged }] }),
      ),
      { numRuns: 150 },
    );
  });
});
