/**
 * GIFT, Moodle's text format, read with gift-pegjs (a PEG grammar with a test corpus of Moodle's
 * own examples). The file is cut into items at blank lines, as Moodle does, and each item is
 * parsed alone: a syntax error costs that item, not the file, and every item keeps its line.
 * Multiple choice (= / ~, ~%n% weights, # feedback, #### general feedback, ::title::) and
 * true/false become questions; other types are listed as skipped.
 */
import { parse, type GIFTQuestion, type TextFormat } from 'gift-pegjs';
import { htmlToMarkdown } from './html-to-markdown.ts';
import { splitReferences } from './references.ts';
import { emptyItems, imagesIn, splitLines, type ImportedOption, type ParsedItems } from './result.ts';

const UNSUPPORTED: Record<string, string> = {
  Short: 'short answer',
  Numerical: 'numerical',
  Essay: 'essay',
  Matching: 'matching',
};

function textOf(value: TextFormat | null | undefined): string {
  if (!value) return '';
  const text = value.text.trim();
  if (value.format === 'html' || (value.format === 'moodle' && /<[a-z][^>]*>/i.test(text))) return htmlToMarkdown(text);
  return text;
}

/** "$course$/top/Domain 1" → "Domain 1"; the prefixes Moodle adds say nothing to the user. */
export function topicOfCategory(path: string): string {
  const parts = path
    .split('/')
    .map((p) => p.trim())
    .filter((p) => p !== '' && !/^\$\w+\$$/.test(p) && p.toLowerCase() !== 'top');
  return parts.join(' / ') || path.trim();
}

interface Chunk {
  line: number;
  text: string;
  /** Line of the question itself, past comments and a category line. */
  firstLine: number;
}

function chunksOf(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let current: string[] = [];
  let start = 0;
  const flush = () => {
    const offset = current.findIndex((l) => l.trim() !== '' && !/^\s*\/\//.test(l) && !/^\s*\$CATEGORY:/i.test(l));
    if (current.some((l) => l.trim() !== '' && !/^\s*\/\//.test(l)))
      chunks.push({ line: start, text: current.join('\n'), firstLine: start + Math.max(0, offset) });
    current = [];
  };
  splitLines(text).forEach((line, index) => {
    if (line.trim() === '') return flush();
    if (current.length === 0) start = index + 1;
    current.push(line);
  });
  flush();
  return chunks;
}

export function parseGift(text: string): ParsedItems {
  const items = emptyItems();
  let topic: string | undefined;
  let weighted = false;
  for (const chunk of chunksOf(text)) {
    let parsed: GIFTQuestion[];
    try {
      parsed = parse(`${chunk.text}\n`);
    } catch (error) {
      const location = (error as { location?: { start: { line: number } } }).location;
      const line = chunk.line + (location ? location.start.line - 1 : 0);
      items.problems.push({ line, reason: `GIFT syntax: ${(error as Error).message}` });
      continue;
    }
    for (const question of parsed) {
      const fail = (reason: string) => items.problems.push({ line: chunk.firstLine, reason });
      if (question.type === 'Category') {
        topic = topicOfCategory(question.title);
        continue;
      }
      if (question.type === 'Description') {
        fail('not a question: a GIFT description has no answers');
        continue;
      }
      if (question.type !== 'MC' && question.type !== 'TF') {
        fail(`unsupported type: ${UNSUPPORTED[question.type] ?? question.type} (Proctor imports multiple choice and true/false)`);
        continue;
      }
      let options: ImportedOption[];
      if (question.type === 'TF') {
        // Moodle: {T#shown for a wrong answer#shown for a right one}; gift-pegjs names them in order.
        const tf = question as { trueFeedback?: TextFormat | null; falseFeedback?: TextFormat | null };
        const [wrong, right] = [feedback(tf.trueFeedback), feedback(tf.falseFeedback)];
        options = [
          { text: 'True', correct: question.isTrue, ...(question.isTrue ? right : wrong) },
          { text: 'False', correct: !question.isTrue, ...(question.isTrue ? wrong : right) },
        ];
      } else {
        if (question.choices.some((c) => c.weight !== null)) weighted = true;
        const multiple = question.choices.some((c) => c.weight !== null && c.weight > 0 && !c.isCorrect);
        options = question.choices.map((c) => ({
          text: textOf(c.text),
          correct: c.isCorrect || (c.weight ?? 0) > 0,
          ...feedback(c.feedback),
        }));
        const keys = options.filter((o) => o.correct).length;
        if (!multiple && question.choices.filter((c) => c.isCorrect).length > 1) {
          fail(`two or more answers marked "=" for a single-answer question; mark multiple answers with "~%50%" weights`);
          continue;
        }
        if (keys === 0) {
          fail('no correct answer: no option is marked "=" or has a positive weight');
          continue;
        }
      }
      const empty = options.findIndex((o) => o.text === '');
      if (empty >= 0) {
        fail(`option ${empty + 1} is empty`);
        continue;
      }
      const stem = textOf(question.stem);
      if (stem === '') {
        fail('the question has no text');
        continue;
      }
      const general = splitReferences(textOf(question.globalFeedback));
      items.questions.push({
        line: chunk.firstLine,
        ...(question.title ? { title: question.title } : {}),
        ...(topic ? { topic } : {}),
        stem,
        options,
        ...general,
        tags: question.tags ?? [],
        images: imagesIn(stem, general.explanation, ...options.flatMap((o) => [o.text, o.explanation])),
      });
    }
  }
  if (weighted)
    items.notes.push(
      'GIFT answer weights (~%50%) were read as right (positive weight) or wrong: Proctor scores each question all-or-nothing.',
    );
  return items;
}

function feedback(value: TextFormat | null | undefined): { explanation?: string } {
  const text = textOf(value);
  return text ? { explanation: text } : {};
}
