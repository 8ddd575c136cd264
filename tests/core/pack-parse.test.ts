import { describe, expect, it } from 'vitest';
import { formatPackError, lintPack, parsePack } from '../../src/core/index.ts';

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
`,
};

const question = (id: string, overrides = '') => `  - id: ${id}
    domain: 1
    task: "1.1"
    type: single
    difficulty: 2
    topics: [s3]
    stem: Which one?
    options:
      - { text: A, correct: true, explanation: yes }
      - { text: B, explanation: no }
      - { text: C, explanation: no }
      - { text: D, explanation: no }
    references: [https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html]
${overrides}`;

const parse = (text: string) => parsePack({ manifest, questionFiles: [{ path: 'exams/t/questions/q.yaml', text }] });

describe('pack parsing', () => {
  it('loads a valid pack with option ids in authored order', () => {
    const { pack, errors } = parse(`questions:\n${question('q1')}${question('q2')}`);
    expect(errors).toEqual([]);
    expect(pack!.questions.map((q) => q.id)).toEqual(['q1', 'q2']);
    expect(pack!.questions[0]!.options.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(pack!.questions[1]!.source).toEqual({ file: 'exams/t/questions/q.yaml', line: 15 });
  });

  it('names the file, line and field of an empty explanation', () => {
    const text = `questions:\n${question('q1')}`.replace('{ text: B, explanation: no }', '{ text: B, explanation: "" }');
    const { pack, errors } = parse(text);
    expect(pack).toBeUndefined();
    expect(errors[0]).toMatchObject({ file: 'exams/t/questions/q.yaml', line: 11, field: 'questions[0].options[1].explanation' });
    expect(formatPackError(errors[0]!)).toMatch(/^exams\/t\/questions\/q\.yaml:11:\d+ questions\[0\]\.options\[1\]\.explanation: /);
  });

  it('leaves explanations and AWS references to the content lint, so imported banks load', () => {
    const text = `questions:\n${question('q1')}`
      .replace('{ text: B, explanation: no }', '{ text: B }')
      .replace(
        'references: [https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html]',
        'references: [https://example.com/notes]',
      );
    const { pack, errors } = parse(text);
    expect(errors).toEqual([]);
    const rules = lintPack(pack!).map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['explanation-required', 'reference-host']));
  });

  it('reports YAML syntax errors with their line', () => {
    const { errors } = parse('questions:\n  - id: q1\n    stem: [unclosed\n');
    expect(errors[0]!.message).toMatch(/YAML syntax/);
    expect(errors[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('refuses duplicate ids, wrong key counts, Choose-N mismatches and unknown tasks', () => {
    const multi = question('q3')
      .replace('type: single', 'type: multiple')
      .replace('stem: Which one?', 'stem: Which? (Choose THREE.)')
      .replace('{ text: B, explanation: no }', '{ text: B, correct: true, explanation: yes }');
    const twoKeys = question('q2').replace('{ text: B, explanation: no }', '{ text: B, correct: true, explanation: no }');
    const wrongTask = question('q4').replace('task: "1.1"', 'task: "1.2"');
    const { errors } = parse(`questions:\n${question('q1')}${question('q1')}${twoKeys}${multi}${wrongTask}`);
    const messages = errors.map((e) => `${e.field}: ${e.message}`);
    expect(messages.some((m) => /duplicate question id "q1"/.test(m))).toBe(true);
    expect(messages.some((m) => /exactly 1 option with correct: true \(found 2\)/.test(m))).toBe(true);
    expect(messages.some((m) => /says choose 3 but 2 options/.test(m))).toBe(true);
    expect(messages.some((m) => /task "1.2" is not a task of domain 1/.test(m))).toBe(true);
  });

  it('refuses references that are not https, and unknown fields', () => {
    const hostile = question('q1')
      .replace('https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html', 'javascript:alert(1)')
      .replace('difficulty: 2', 'difficulty: 2\n    colour: red');
    const { errors } = parse(`questions:\n${hostile}`);
    expect(errors.map((e) => e.field)).toEqual(expect.arrayContaining(['questions[0].references[0]', 'questions[0]']));
  });

  it('refuses YAML alias bombs instead of expanding them', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) {
      const name = String.fromCharCode(97 + i);
      const previous = `*${String.fromCharCode(96 + i)}`;
      bomb.push(`${name}: &${name} [${Array(9).fill(previous).join(',')}]`);
    }
    const { pack, errors } = parse(bomb.join('\n'));
    expect(pack).toBeUndefined();
    expect(errors.length).toBeGreaterThan(0);
  });

  it('checks fixed exams: known ids, no question in two exams', () => {
    const withFixed = {
      ...manifest,
      text: `${manifest.text}fixedExams:\n  - { id: p1, title: P1, questionIds: [q1, zz] }\n  - { id: p2, title: P2, questionIds: [q1] }\n`,
    };
    const { errors } = parsePack({ manifest: withFixed, questionFiles: [{ path: 'q.yaml', text: `questions:\n${question('q1')}` }] });
    expect(errors.map((e) => e.message)).toEqual(
      expect.arrayContaining(['no question has the id "zz"', expect.stringMatching(/already in fixed exam "p1"/)]),
    );
    expect(errors.every((e) => e.file === 'exams/t/pack.yaml' && e.line > 1)).toBe(true);
  });
});
