/** The importers against fixtures written with the mistakes real banks have. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, readBank, type ImportFormat } from '../../src/core/index.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`);
const read = (name: string, format?: ImportFormat) => readBank({ name, bytes: fixture(name), ...(format ? { format } : {}) }).result;
const text = (name: string, body: string, format?: ImportFormat) => readBank({ name, text: body, ...(format ? { format } : {}) }).result;
const reasons = (result: { problems: { line: number; reason: string }[] }) => result.problems.map((p) => `${p.line}: ${p.reason}`);

describe('Aiken', () => {
  const bank = [
    'Which service stores objects?',
    'A. Amazon S3',
    'B. Amazon EC2',
    'ANSWER: A',
    '',
    'A question whose answer line is missing',
    'A) one',
    'B) two',
    'Which is serverless?',
    'A. AWS Lambda',
    'B. Amazon EC2',
    'ANSWER: A, B',
    '',
    'Unknown letter?',
    'A. x',
    'B. y',
    'ANSWER: E',
    '',
    'Empty option?',
    'A. x',
    'B.',
    'ANSWER: A',
    '',
    'Which TWO are storage? (Choose TWO)',
    'A. Amazon S3',
    'B. Amazon EBS',
    'C. AWS Lambda',
    'ANSWER: A, B',
  ].join('\r\n');

  it('imports every valid question and names the line and reason of each broken one (CRLF file)', () => {
    const result = text('bank.txt', bank, 'aiken');
    expect(result.questions.map((q) => [q.line, q.stem, q.options.filter((o) => o.correct).length])).toEqual([
      [1, 'Which service stores objects?', 1],
      [24, 'Which TWO are storage? (Choose TWO)', 2],
    ]);
    expect(reasons(result)).toEqual([
      '6: no "ANSWER: X" line after the options',
      expect.stringMatching(/^12: two or more answers \(A, B\) for a single-answer question/),
      '17: ANSWER: E names no option of the question on line 14 (its options are A, B)',
      '21: option B is empty',
    ]);
  });

  it('is detected from its ANSWER lines', () => expect(detectFormat('bank.txt', bank)).toBe('aiken'));
});

describe('markdown checklist with a README preamble', () => {
  const result = read('dva-notes.md');

  it('skips headings that are not questions, with their lines, and reads the real ones', () => {
    expect(result.format).toBe('markdown');
    expect(reasons(result)).toEqual([
      '7: not a question: the heading "Table of Contents" has no "- [ ]" options under it',
      '12: not a question: the heading "How to contribute" has no "- [ ]" options under it',
      '70: no correct answer: no option is marked "- [x]"',
      '79: option 3 is empty',
    ]);
    expect(result.questions.map((q) => q.line)).toEqual([18, 27, 37, 44, 54, 63, 81]);
    expect(result.questions[0]).toMatchObject({ stem: 'Which AWS service stores objects?', topic: 'Development' });
    expect(result.questions.at(-1)!.topic).toBe('Security');
  });

  it('keeps code in stems and options, option explanations, the explanation and references after the options', () => {
    const policy = result.questions.find((q) => q.line === 44)!;
    expect(policy.stem).toContain('```json\n{ "Effect": "Allow", "Action": "s3:GetObject" }\n```');
    const cli = result.questions.at(-1)!;
    expect(cli.options[1]).toEqual({
      text: 'The AWS CLI\n```bash\naws s3 ls\n```',
      correct: true,
      explanation: 'Correct: it is the AWS CLI.',
    });
    expect(cli.explanation).toBe('The AWS CLI is the command line.');
    expect(cli.references).toEqual(['https://docs.aws.amazon.com/cli/latest/reference/s3/ls.html']);
    expect(result.questions.find((q) => q.line === 54)!.images).toEqual(['images/fanout.png']);
  });

  it('does not read "- [x]" lines inside a code block as options', () => {
    const result = text('x.md', '### Q?\n\n```\n- [x] not an option\n```\n\n- [x] a\n- [ ] b\n');
    expect(result.questions[0]!.options.map((o) => o.text)).toEqual(['a', 'b']);
  });
});

describe('GIFT', () => {
  const result = read('moodle-quiz.gift');

  it('reads multiple choice, weights, feedback, titles, escapes, categories and true/false', () => {
    expect(result.format).toBe('gift');
    const [s3, compute, escapes, tf] = result.questions;
    expect(s3).toMatchObject({ title: 's3-objects', topic: 'Development with AWS Services', explanation: 'S3 stores objects in buckets.' });
    expect(s3!.references).toEqual(['https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html']);
    expect(s3!.options[0]).toEqual({ text: 'Amazon S3', correct: true, explanation: 'S3 is object storage.' });
    expect(compute!.options.map((o) => o.correct)).toEqual([true, true, false, false]);
    expect(escapes!.stem).toBe('What does the expression a = b {c} mean in C#?');
    expect(tf).toMatchObject({
      topic: 'Security',
      options: [
        { text: 'True', correct: false },
        { text: 'False', correct: true },
      ],
    });
    expect(tf!.options[1]!.explanation).toBe('Right: S3 is object storage.');
    expect(result.notes.join(' ')).toMatch(/all-or-nothing/);
  });

  it('lists every other item with its line: unsupported types, two "=" answers, syntax errors', () => {
    expect(reasons(result)).toEqual([
      expect.stringMatching(/^26: two or more answers marked "=" for a single-answer question/),
      '34: unsupported type: numerical (Proctor imports multiple choice and true/false)',
      '36: unsupported type: short answer (Proctor imports multiple choice and true/false)',
      '38: unsupported type: essay (Proctor imports multiple choice and true/false)',
      '40: unsupported type: matching (Proctor imports multiple choice and true/false)',
      expect.stringMatching(/^47: GIFT syntax: /),
      expect.stringMatching(/^50: GIFT syntax: /),
    ]);
  });
});

describe('Moodle XML', () => {
  const { result, attachments } = readBank({ name: 'quiz.xml', bytes: fixture('moodle-quiz.xml') });

  it('turns HTML into safe markdown: no script, only https links, embedded images as attachments', () => {
    const [lambda, queues, tf] = result.questions;
    expect(lambda!.stem).toBe(
      "A developer raises a function's memory. What else **grows**?\n\n![chart](memory.png)\n\n" +
        '```\naws lambda update-function-configuration --memory-size 1024\n```',
    );
    expect(lambda!.stem).not.toContain('alert');
    expect(lambda!.explanation).toBe(
      'CPU scales with memory. See [the docs](https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html) and this.',
    );
    expect(lambda!.options.map((o) => o.text)).toEqual(['CPU power', 'Disk size of /tmp', 'Timeout & retries']);
    expect(lambda).toMatchObject({ title: 'lambda-memory', topic: 'Domain 1: Development', tags: ['lambda'], images: ['memory.png'] });
    expect(attachments.get('memory.png')).toBe('iVBORw0KGgo=');
    expect(queues!.options.map((o) => o.correct)).toEqual([true, true, false]);
    expect(tf).toMatchObject({
      topic: 'Domain 2: Security',
      options: [
        { text: 'True', correct: true },
        { text: 'False', correct: false },
      ],
    });
  });

  it('lists the items it cannot import with their lines', () => {
    expect(reasons(result)).toEqual([
      '37: no correct answer: no answer has a positive fraction',
      '44: unsupported type: short answer (Proctor imports multiple choice and true/false)',
      expect.stringMatching(/^49: two or more answers at 100% for a single-answer question/),
      '57: answer 2 is empty',
    ]);
  });

  it('reports XML that is not well-formed instead of guessing', () => {
    const broken = text('broken.xml', '<?xml version="1.0"?><quiz><question type="multichoice"><name></quiz>', 'moodle-xml');
    expect(broken.questions).toEqual([]);
    expect(broken.problems[0]!.reason).toMatch(/not well-formed XML|no <quiz>/);
  });
});

describe('format detection', () => {
  it('uses the content first for XML, the extension next, then the lines', () => {
    expect(detectFormat('bank.txt', '<?xml version="1.0"?>\n<quiz></quiz>')).toBe('moodle-xml');
    expect(detectFormat('bank.gift', 'anything')).toBe('gift');
    expect(detectFormat('bank.txt', '::t:: Q? {=a ~b}')).toBe('gift');
    expect(detectFormat('README', '### Q\n- [x] a\n- [ ] b')).toBe('markdown');
    expect(() => detectFormat('notes.txt', 'just some prose')).toThrow(/--format/);
  });
});
