import { describe, expect, it } from 'vitest';
import { parseAiken, parseMarkdownChecklist, parsePack, toQuestionSources } from '../../src/core/index.ts';
import { stringify } from 'yaml';

const AIKEN = `Which service stores objects?
A. Amazon S3
B. Amazon EC2
C. AWS Lambda
ANSWER: A

Which database is serverless key-value?
A) Amazon RDS
B) Amazon DynamoDB
ANSWER: B
`;

const MARKDOWN = `# My notes

### Which TWO are AWS compute services?

- [x] AWS Lambda
- [ ] Amazon S3
- [x] Amazon EC2

### What does SQS stand for?
It is a queue.

- [ ] Simple Queue System
- [X] Simple Queue Service

<details>explanation</details>
`;

describe('Aiken import', () => {
  it('reads questions, options and the answer letter', () => {
    const { questions, errors } = parseAiken(AIKEN);
    expect(errors).toEqual([]);
    expect(questions).toHaveLength(2);
    expect(questions[0]).toMatchObject({ stem: 'Which service stores objects?', line: 1 });
    expect(questions[1]!.options.map((o) => o.correct)).toEqual([false, true]);
  });

  it('reports the line of an answer naming no option, and of a missing ANSWER', () => {
    expect(parseAiken('Q?\nA. x\nB. y\nANSWER: D\n').errors[0]).toMatchObject({
      line: 4,
      message: expect.stringMatching(/names no option/),
    });
    expect(parseAiken('Q?\nA. x\nB. y\n').errors[0]!.message).toMatch(/no "ANSWER: X"/);
  });
});

describe('markdown checklist import', () => {
  it('reads headings as stems and checked boxes as keys, adding "(Choose N.)"', () => {
    const { questions, errors } = parseMarkdownChecklist(MARKDOWN);
    expect(errors).toEqual([]);
    expect(questions).toHaveLength(2);
    expect(questions[1]!.stem).toBe('What does SQS stand for?\nIt is a queue.');
    const sources = toQuestionSources('notes', questions);
    expect(sources[0]).toMatchObject({ id: 'notes-001', type: 'multiple' });
    expect(sources[0]!.stem).toContain('(Choose TWO.)');
    expect(sources[1]).toMatchObject({ id: 'notes-002', type: 'single' });
  });

  it('refuses a question with no checked option, naming its line', () => {
    expect(parseMarkdownChecklist('### Q\n- [ ] a\n- [ ] b\n').errors[0]).toMatchObject({
      line: 1,
      message: expect.stringMatching(/no option is marked/),
    });
  });

  it('produces questions the pack parser accepts', () => {
    const questions = toQuestionSources('notes', parseMarkdownChecklist(MARKDOWN).questions);
    const manifest = stringify({
      id: 'notes',
      title: 'Notes',
      exam: { questionCount: 2, durationMinutes: 4, passingScaledScore: 720 },
      domains: [{ number: 1, title: 'All', weight: 100, tasks: [{ id: '1.1', title: 'All' }] }],
    });
    const { errors } = parsePack({
      manifest: { path: 'pack.yaml', text: manifest },
      questionFiles: [{ path: 'q.yaml', text: stringify({ questions }) }],
    });
    expect(errors).toEqual([]);
  });
});
