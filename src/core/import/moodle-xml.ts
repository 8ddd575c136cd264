/**
 * Moodle XML, read with fast-xml-parser (never with regular expressions). Multiple choice, single
 * and multiple, and true/false become questions, with per-answer and general feedback, tags and
 * the category they sit in; question text is HTML, turned into markdown. Images embedded as
 * <file> elements come along as attachments. Other types are listed as skipped.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { topicOfCategory } from './gift.ts';
import { htmlToMarkdown } from './html-to-markdown.ts';
import { splitReferences } from './references.ts';
import { emptyItems, imagesIn, lineIndex, type ImportedOption, type ParsedItems } from './result.ts';

type Node = Record<string, unknown>;
const META = XMLParser.getMetaDataSymbol() as unknown as string;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  captureMetaData: true,
  isArray: (name) => ['question', 'answer', 'tag', 'file'].includes(name),
});

const TYPE_NAMES: Record<string, string> = {
  shortanswer: 'short answer',
  numerical: 'numerical',
  essay: 'essay',
  matching: 'matching',
  cloze: 'embedded answers (cloze)',
  multianswer: 'embedded answers (cloze)',
  ddwtos: 'drag and drop into text',
  gapselect: 'select missing words',
  calculated: 'calculated',
  calculatedmulti: 'calculated multichoice',
  calculatedsimple: 'simple calculated',
  randomsamatch: 'random short-answer matching',
  ordering: 'ordering',
};

const str = (value: unknown): string =>
  typeof value === 'string' ? value : value && typeof value === 'object' && '#text' in value ? String((value as Node)['#text']) : '';

function textOf(node: unknown, attachments: Map<string, string>): string {
  if (!node || typeof node !== 'object') return str(node).trim();
  const element = node as Node;
  for (const file of (element.file as Node[] | undefined) ?? []) {
    const name = str(file['@name']);
    if (name && str(file['@encoding']) === 'base64') attachments.set(name, str(file['#text']).replace(/\s+/g, ''));
  }
  const text = str(element.text).trim();
  const format = str(element['@format']) || 'html';
  return format === 'html' || format === 'moodle_auto_format' ? htmlToMarkdown(text) : text;
}

export interface MoodleItems extends ParsedItems {
  /** Embedded files by name, base64. */
  attachments: Map<string, string>;
}

export function parseMoodleXml(text: string): MoodleItems {
  const items: MoodleItems = { ...emptyItems(), attachments: new Map() };
  // The parser itself is lenient; the validator names the line of the first error.
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    items.problems.push({ line: valid.err.line, reason: `not well-formed XML: ${valid.err.msg}` });
    return items;
  }
  let root: Node;
  try {
    root = parser.parse(text) as Node;
  } catch (error) {
    items.problems.push({ line: 1, reason: `not well-formed XML: ${(error as Error).message}` });
    return items;
  }
  const quiz = root.quiz as Node | undefined;
  if (!quiz || typeof quiz !== 'object') {
    items.problems.push({ line: 1, reason: 'not Moodle XML: there is no <quiz> element' });
    return items;
  }
  const lineOf = lineIndex(text);
  let topic: string | undefined;
  let partial = false;
  for (const question of (quiz.question as Node[] | undefined) ?? []) {
    const line = lineOf((question[META] as { startIndex?: number } | undefined)?.startIndex ?? 0);
    const type = str(question['@type']);
    const fail = (reason: string) => items.problems.push({ line, reason });
    if (type === 'category') {
      topic = topicOfCategory(str((question.category as Node | undefined)?.text));
      continue;
    }
    if (type === 'description') {
      fail('not a question: a Moodle description has no answers');
      continue;
    }
    if (type !== 'multichoice' && type !== 'truefalse') {
      fail(`unsupported type: ${TYPE_NAMES[type] ?? type} (Proctor imports multiple choice and true/false)`);
      continue;
    }
    const answers = (question.answer as Node[] | undefined) ?? [];
    const single = type === 'truefalse' || !/^(false|0)$/i.test(str(question.single).trim());
    const fractions = answers.map((a) => Number(str(a['@fraction']) || '0'));
    const best = Math.max(0, ...fractions);
    if (fractions.some((f) => f > 0 && f < 100)) partial = true;
    const options: ImportedOption[] = answers.map((answer, i) => {
      let text = textOf(answer, items.attachments);
      if (type === 'truefalse') text = /^true$/i.test(text) ? 'True' : /^false$/i.test(text) ? 'False' : text;
      const explanation = textOf(answer.feedback, items.attachments);
      const correct = single ? best > 0 && fractions[i] === best : fractions[i]! > 0;
      return { text, correct, ...(explanation ? { explanation } : {}) };
    });
    const keys = options.filter((o) => o.correct).length;
    if (options.length < 2) {
      fail('a question needs at least two answers');
      continue;
    }
    if (keys === 0) {
      fail('no correct answer: no answer has a positive fraction');
      continue;
    }
    if (single && keys > 1) {
      fail('two or more answers at 100% for a single-answer question; set <single>false</single> for multiple response');
      continue;
    }
    const empty = options.findIndex((o) => o.text === '');
    if (empty >= 0) {
      fail(`answer ${empty + 1} is empty`);
      continue;
    }
    const stem = textOf(question.questiontext, items.attachments);
    if (stem === '') {
      fail('the question has no text');
      continue;
    }
    const general = splitReferences(textOf(question.generalfeedback, items.attachments));
    const title = str((question.name as Node | undefined)?.text).trim();
    const tags = (((question.tags as Node | undefined)?.tag as Node[] | undefined) ?? []).map((t) => str(t.text).trim()).filter(Boolean);
    items.questions.push({
      line,
      ...(title ? { title } : {}),
      ...(topic ? { topic } : {}),
      stem,
      options,
      ...general,
      tags,
      images: imagesIn(stem, general.explanation, ...options.flatMap((o) => [o.text, o.explanation])),
    });
  }
  if (partial)
    items.notes.push(
      'Answer fractions below 100% were read as right (multiple response: any positive fraction; single answer: the best one) ' +
        'or wrong: Proctor scores each question all-or-nothing.',
    );
  return items;
}
