/** Encodings, "choose N" counts, large files, and how imported questions become a pack. */
import { describe, expect, it } from 'vitest';
import { decodeText, normalizeChooseCount, parsePack, planPack, readBank, type ImportResult } from '../../src/core/index.ts';
import { stringify } from 'yaml';
import { DOMAINS } from '../fixtures/packs.ts';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

describe('encodings', () => {
  it('reads UTF-8 with and without BOM, UTF-16 with BOM, Windows-1252 and Latin-1', () => {
    expect(decodeText(bytes('café'))).toEqual({ text: 'café', encoding: 'utf-8' });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'café'))).toEqual({ text: 'café', encoding: 'utf-8-bom' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...Buffer.from('café ✓', 'utf16le')]))).toEqual({ text: 'café ✓', encoding: 'utf-16le' });
    const be = Buffer.from('café', 'utf16le').swap16();
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...be]))).toEqual({ text: 'café', encoding: 'utf-16be' });
    // “quoted” – €5 in Windows-1252.
    expect(decodeText(new Uint8Array([0x93, 0x71, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35]))).toEqual({
      text: '“q” – €5',
      encoding: 'windows-1252',
    });
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toEqual({ text: 'café', encoding: 'latin-1' });
  });

  it('reads a file pasted together from UTF-8 and Windows-1252 parts line by line', () => {
    const decoded = decodeText(bytes('Which “service”?\n', [0x93, 0x41, 0x94, 0x0a], 'Ünïcode'));
    expect(decoded).toEqual({ text: 'Which “service”?\n“A”\nÜnïcode', encoding: 'mixed' });
  });

  it('imports a Windows-1252 Aiken file with the right characters', () => {
    const file = new Uint8Array([
      ...Buffer.from('Which is the '),
      0x93,
      ...Buffer.from('object'),
      0x94,
      ...Buffer.from(' store?\nA. S3\nB. EBS\nANSWER: A\n'),
    ]);
    const { result } = readBank({ name: 'cp.txt', bytes: file });
    expect(result).toMatchObject({ encoding: 'windows-1252', format: 'aiken' });
    expect(result.questions[0]!.stem).toBe('Which is the “object” store?');
  });
});

describe('"choose N" as banks write it', () => {
  it.each([
    ['Pick the right ones. (Choose 3 answers)', 3, 'Pick the right ones. (Choose THREE.)'],
    ['Which are compute? (Select TWO)', 2, 'Which are compute? (Choose TWO.)'],
    ['Which are compute? (Choose two.)', 2, 'Which are compute? (Choose TWO.)'],
    ['Which are compute?\n(Choose TWO.)', 2, 'Which are compute?\n(Choose TWO.)'],
    ['Which are compute?', 2, 'Which are compute?\n\n(Choose TWO.)'],
    ['Which is compute? (Choose one.)', 1, 'Which is compute?'],
    ['Which team will choose two weeks of sprints?', 1, 'Which team will choose two weeks of sprints?'],
  ])('%j with %i keys', (stem, keys, expected) => expect(normalizeChooseCount(stem, keys)).toEqual({ stem: expected }));

  it('refuses a count that differs from the marked answers', () => {
    expect(normalizeChooseCount('Which? (Choose 3 answers)', 2)).toEqual({
      problem: 'the stem says "(Choose 3 answers)" but 2 options are marked correct',
    });
    expect(normalizeChooseCount('Which? (Select TWO)', 1)).toEqual({
      problem: 'the stem says "(Select TWO)" but 1 option is marked correct',
    });
  });
});

describe('a 5 MB bank', () => {
  it('imports every question with its line', () => {
    const one = (i: number) =>
      `### Question ${i}: which service fits requirement ${i}?\r\n\r\n` +
      `- [x] Amazon S3\r\n- [ ] Amazon EBS\r\n- [ ] Amazon EFS\r\n- [ ] AWS Lambda ${'x'.repeat(60)}\r\n\r\n`;
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 5 * 1024 * 1024; i++) {
      parts.push(one(i));
      size += parts.at(-1)!.length;
    }
    const { result } = readBank({ name: 'big.md', bytes: new TextEncoder().encode(parts.join('')) });
    expect(result.problems).toEqual([]);
    expect(result.questions).toHaveLength(parts.length);
    expect(result.questions.at(-1)!.line).toBe((parts.length - 1) * 7 + 1);
  });

  it('refuses a file over 10 MB before reading it', () => {
    expect(() => readBank({ name: 'huge.md', bytes: new Uint8Array(10 * 1024 * 1024 + 1) })).toThrow(/up to 10 MB/);
  });
});

describe('planning a pack from imported questions', () => {
  const question = (topic: string | undefined, extra: object = {}) => ({
    line: 3,
    ...(topic ? { topic } : {}),
    stem: 'Which one?',
    options: [
      { text: 'a', correct: true },
      { text: 'b', correct: false },
    ],
    references: [],
    tags: [],
    images: [],
    ...extra,
  });
  const result = (questions: ImportResult['questions']): ImportResult => ({
    file: 'f.md',
    format: 'markdown',
    encoding: 'utf-8',
    questions,
    problems: [],
    notes: [],
  });
  const blueprint = { domains: DOMAINS, exam: { questionCount: 65, durationMinutes: 130, passingScaledScore: 720 } };

  it('maps topics onto the blueprint domains, leaves the rest Unassigned, and yields a valid pack', () => {
    const planned = planPack(
      result([question('Security'), question('Security'), question('Misc'), question(undefined, { title: 'my-id' })]),
      {
        packId: 'mine',
        title: 'Mine',
        blueprint,
        mapping: { Security: 2 },
      },
    );
    expect(planned.questions.map((q) => [q.id, q.domain, q.task, q.topics])).toEqual([
      ['mine-001', 2, '2.1', ['security']],
      ['mine-002', 2, '2.1', ['security']],
      ['mine-003', 5, '5.1', ['misc']],
      ['my-id', 5, '5.1', ['unassigned']],
    ]);
    expect(planned.manifest.domains.map((d) => [d.number, d.title, d.weight])).toEqual([
      [2, 'Security', 50],
      [5, 'Unassigned', 50],
    ]);
    expect(planned.manifest.exam).toEqual({ questionCount: 4, durationMinutes: 8, passingScaledScore: 720 });
    const { errors } = parsePack({
      manifest: { path: 'pack.yaml', text: stringify(planned.manifest) },
      questionFiles: [{ path: 'q.yaml', text: stringify({ questions: planned.questions }) }],
    });
    expect(errors).toEqual([]);
  });

  it('refuses a question whose image is missing or that breaks the pack format, naming its line', () => {
    const planned = planPack(
      result([
        question('A', { images: ['img/a.png'], stem: 'See ![a](img/a.png)' }),
        question('A', { images: ['img/b.png'] }),
        question('A', { options: Array.from({ length: 9 }, (_, i) => ({ text: `o${i}`, correct: i === 0 })) }),
      ]),
      { packId: 'p', title: 'P', images: new Map([['img/a.png', 'images/a.png']]) },
    );
    expect(planned.questions.map((q) => q.stem)).toEqual(['See ![a](images/a.png)']);
    expect(planned.problems.map((p) => `${p.file}:${p.line} ${p.reason}`)).toEqual([
      expect.stringMatching(/^f\.md:3 missing image img\/b\.png/),
      expect.stringMatching(/^f\.md:3 options: .*8/),
    ]);
  });
});
