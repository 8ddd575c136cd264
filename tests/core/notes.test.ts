import { describe, expect, it } from 'vitest';
import { formatPackError, lintPack, listNoteSummaries, noteView, parsePack, packReport } from '../../src/core/index.ts';

const manifest = {
  path: 'exams/t/pack.yaml',
  text: `id: t
title: T
exam: { questionCount: 2, durationMinutes: 4, passingScaledScore: 720 }
domains:
  - number: 1
    title: One
    weight: 100
    tasks: [{ id: "1.1", title: Task }]
lint: { noteForTopicsWith: 2, minQuestionsPerTask: 0 }
`,
};

const question = (id: string, topics: string) => `  - id: ${id}
    domain: 1
    task: "1.1"
    type: single
    difficulty: 2
    topics: [${topics}]
    stem: Which one is it for ${id}?
    options:
      - { text: A, correct: true, explanation: yes }
      - { text: B, explanation: no }
      - { text: C, explanation: no }
      - { text: D, explanation: no }
    references: [https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html]
`;
const questions = {
  path: 'exams/t/questions/q.yaml',
  text: `questions:\n${question('q1', 's3, s3-encryption')}${question('q2', 's3')}${question('q3', 'kms')}`,
};

const note = (
  id: string,
  front: string,
  body = '### What the exam tests\n- See [S3](https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html).\n',
) => ({
  path: `exams/t/notes/${id}.md`,
  text: `---\n${front}\n---\n${body}`,
});
const s3 = note('s3', 'id: s3\ntitle: Amazon S3\ntopics: [s3, s3-encryption]');
const parse = (...noteFiles: { path: string; text: string }[]) => parsePack({ manifest, questionFiles: [questions], noteFiles });

describe('study notes', () => {
  it('load with their front matter, Markdown and links; the report lists them', () => {
    const { pack, errors } = parse(s3);
    expect(errors).toEqual([]);
    expect(pack!.notes).toHaveLength(1);
    expect(pack!.notes[0]).toMatchObject({
      id: 's3',
      title: 'Amazon S3',
      topics: ['s3', 's3-encryption'],
      source: { file: 'exams/t/notes/s3.md', line: 1 },
    });
    expect(pack!.notes[0]!.links).toEqual([
      { url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html', kind: 'link', line: 7 },
    ]);
    expect(packReport(pack!).notes).toEqual([{ id: 's3', title: 'Amazon S3', topics: ['s3', 's3-encryption'] }]);
    expect(listNoteSummaries(pack!)).toEqual([{ id: 's3', title: 'Amazon S3', topics: ['s3', 's3-encryption'], questionCount: 2 }]);
    expect(noteView(pack!, 's3').markdown).toMatch(/^### What the exam tests/);
    expect(() => noteView(pack!, 'nope')).toThrow(/has no note "nope"/);
  });

  it('refuse a missing or broken front matter with file and line', () => {
    const cases = [
      [note('a', 'title: A\ntopics: [s3]'), /a\.md:2:1 id: /],
      [note('b', 'id: b\ntopics: [s3]'), /b\.md:2:1 title: /],
      [note('c', 'id: c\ntitle: C'), /c\.md:2:1 topics: /],
      [note('d', 'id: d\ntitle: D\ntopics: [s3]\ncolour: red'), /d\.md:5:\d+ Unrecognized key: "colour"/],
      [{ path: 'exams/t/notes/e.md', text: '# No front matter\n' }, /e\.md:1:1 a note starts with YAML front matter/],
      [{ path: 'exams/t/notes/f.md', text: '---\nid: f\n' }, /f\.md:1:1 the front matter has no closing/],
      [note('g', 'id: g\ntitle: G\ntopics: [s3]', '   \n'), /g\.md:6:1 the note has no text/],
      [note('h', 'id: h\ntitle: [unclosed\ntopics: [s3]'), /h\.md:[34]:\d+ YAML syntax/],
    ] as const;
    for (const [file, pattern] of cases) {
      const { pack, errors } = parse(s3, file);
      expect(pack, file.path).toBeUndefined();
      expect(errors.map(formatPackError).join('\n'), file.path).toMatch(pattern);
    }
  });

  it('refuse an id that is not the file name, duplicate ids and topics no question uses', () => {
    const { errors } = parse(
      s3,
      note('other', 'id: s3\ntitle: Copy\ntopics: [s3]'),
      note('x', 'id: x\ntitle: X\ntopics:\n  - s3\n  - lambda'),
    );
    const lines = errors.map(formatPackError);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/other\.md:2:\d+ id: id "s3" must equal the file name \(other\.md\)/),
        expect.stringMatching(/x\.md:6:1 topics: topic "lambda" is used by no question/),
      ]),
    );
  });

  it('refuse links that are not https, with their line, even where the renderer would drop them', () => {
    const body =
      '### Links\n\nFirst line\nthen [plain](http://docs.aws.amazon.com/x) and ![img](javascript:alert(1))\n\n[ref]: ftp://example.com\n\nSee [it][ref].\n';
    const { errors } = parse(note('l', 'id: l\ntitle: L\ntopics: [s3]', body));
    expect(errors.map(formatPackError)).toEqual([
      expect.stringMatching(/l\.md:9:1 link "http:\/\/docs\.aws\.amazon\.com\/x" is not an https:\/\/ URL/),
      expect.stringMatching(/l\.md:9:1 image "javascript:alert\(1\)" is not an https:\/\/ URL/),
      expect.stringMatching(/l\.md:13:1 link "ftp:\/\/example\.com" is not an https:\/\/ URL/),
    ]);
  });

  it('lint: links only to AWS documentation, no raw HTML, a note for every busy topic', () => {
    const body = '### Facts\n\nSee [a blog](https://example.com/post).\n\n<div>raw</div>\n';
    const { pack } = parse(note('k', 'id: k\ntitle: K\ntopics: [s3-encryption]', body));
    const findings = lintPack(pack!).map((f) => `${f.file ?? ''}:${f.line ?? ''} [${f.rule}] ${f.message}`);
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/k\.md:8 \[note-link-host\] link https:\/\/example\.com\/post is not on docs\.aws\.amazon\.com/),
        expect.stringMatching(/k\.md:1 \[note-references\]/),
        expect.stringMatching(/k\.md:10 \[note-raw-html\]/),
        expect.stringMatching(/\[note-coverage\] topic "s3" is used by 2 questions .* no note lists it/),
      ]),
    );
    expect(findings.some((f) => f.includes('topic "kms"'))).toBe(false);
  });
});

describe('same-point reviews', () => {
  const review = (text: string) =>
    parsePack({ manifest, questionFiles: [questions], samePointFile: { path: 'exams/t/same-point.yaml', text } });

  it('load the reviewed pairs with their reasons', () => {
    const { pack, errors } = review('reviewed:\n  - pair: [q1, q2]\n    reason: q1 asks about encryption, q2 about storage\n');
    expect(errors).toEqual([]);
    expect(pack!.reviewedPairs).toEqual([
      { ids: ['q1', 'q2'], reason: 'q1 asks about encryption, q2 about storage', source: { file: 'exams/t/same-point.yaml', line: 2 } },
    ]);
  });

  it('refuse unknown ids, a pair listed twice, and a missing reason', () => {
    const { errors } = review(
      'reviewed:\n  - pair: [q1, q9]\n    reason: q9 was retired long ago, so this is stale\n' +
        '  - pair: [q1, q2]\n    reason: different points entirely\n  - pair: [q2, q1]\n    reason: the same pair again, reversed\n',
    );
    expect(errors.map(formatPackError)).toEqual([
      expect.stringMatching(/same-point\.yaml:2:\d+ reviewed\[0\]\.pair: no question has the id "q9"/),
      expect.stringMatching(/same-point\.yaml:6:\d+ reviewed\[2\]\.pair: the pair q2 \/ q1 is already listed/),
    ]);
    const noReason = review('reviewed:\n  - pair: [q1, q3]\n    reason: ""\n').errors.map(formatPackError);
    expect(noReason).toEqual([expect.stringMatching(/same-point\.yaml:3:\d+ reviewed\[0\]\.reason: say in one line why/)]);
  });
});
