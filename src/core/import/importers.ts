/**
 * Importers for question banks people already have: the Aiken format (Moodle's plain-text
 * format) and the "markdown checklist" style of many GitHub exam-notes repositories. Each
 * returns questions in the pack format, or errors with the line they refer to.
 */
import type { QuestionSource } from '../pack/schema.ts';

export type ImportFormat = 'aiken' | 'markdown';

export interface ImportedQuestion {
  stem: string;
  options: { text: string; correct: boolean }[];
  line: number;
}

export interface ImportResult {
  questions: ImportedQuestion[];
  errors: { line: number; message: string }[];
}

const WORDS = ['', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE'];

/** Aiken: a question, lines "A. text" (or "A) text"), then "ANSWER: B"; blank lines between. */
export function parseAiken(text: string): ImportResult {
  const result: ImportResult = { questions: [], errors: [] };
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let stem: string[] = [];
  let stemLine = 0;
  let options: { letter: string; text: string }[] = [];
  const reset = () => {
    stem = [];
    options = [];
  };
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const number = index + 1;
    if (line === '') {
      if (options.length === 0 && stem.length > 0) stem.push('');
      return;
    }
    const option = /^([A-Z])[.)]\s+(.+)$/.exec(line);
    const answer = /^ANSWER:\s*([A-Z])\s*$/i.exec(line);
    if (answer) {
      const key = answer[1]!.toUpperCase();
      if (stem.length === 0 || options.length < 2)
        result.errors.push({ line: number, message: 'ANSWER without a question and at least two options before it' });
      else if (!options.some((o) => o.letter === key))
        result.errors.push({ line: number, message: `ANSWER: ${key} names no option of the question on line ${stemLine}` });
      else
        result.questions.push({
          stem: stem.join('\n').trim(),
          options: options.map((o) => ({ text: o.text, correct: o.letter === key })),
          line: stemLine,
        });
      reset();
    } else if (option && stem.length > 0) {
      options.push({ letter: option[1]!, text: option[2]! });
    } else if (options.length > 0) {
      result.errors.push({
        line: number,
        message:
          `expected an option ("${String.fromCharCode(65 + options.length)}. text") or "ANSWER: X" ` +
          `after the options of the question on line ${stemLine}`,
      });
      reset();
    } else {
      if (stem.length === 0) stemLine = number;
      stem.push(line);
    }
  });
  if (stem.length > 0 || options.length > 0)
    result.errors.push({ line: stemLine || lines.length, message: 'the last question has no "ANSWER: X" line' });
  return result;
}

/** Markdown checklist: "### question", then "- [ ] wrong" and "- [x] right" options. */
export function parseMarkdownChecklist(text: string): ImportResult {
  const result: ImportResult = { questions: [], errors: [] };
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let current: ImportedQuestion | undefined;
  let inOptions = false;
  const finish = () => {
    if (!current) return;
    if (current.options.length < 2) result.errors.push({ line: current.line, message: 'a question needs at least two "- [ ]" options' });
    else if (!current.options.some((o) => o.correct))
      result.errors.push({ line: current.line, message: 'no option is marked "- [x]" as correct' });
    else result.questions.push({ ...current, stem: current.stem.trim() });
    current = undefined;
    inOptions = false;
  };
  lines.forEach((raw, index) => {
    const heading = /^#{2,4}\s+(.+)$/.exec(raw);
    const option = /^\s*[-*]\s+\[( |x|X)\]\s+(.+)$/.exec(raw);
    if (heading) {
      finish();
      current = { stem: heading[1]!.trim(), options: [], line: index + 1 };
    } else if (option && current) {
      inOptions = true;
      current.options.push({ text: option[2]!.trim(), correct: option[1] !== ' ' });
    } else if (current && !inOptions) {
      current.stem += `\n${raw}`;
    } else if (current && inOptions && raw.trim() !== '' && !/^\s*[-*]\s/.test(raw)) {
      // Text after the options (e.g. an explanation block) ends the question.
      finish();
    }
  });
  finish();
  return result;
}

export function parseImport(format: ImportFormat, text: string): ImportResult {
  return format === 'aiken' ? parseAiken(text) : parseMarkdownChecklist(text);
}

/** Questions in the pack format: one domain, ids from the pack id, "(Choose N.)" added where needed. */
export function toQuestionSources(packId: string, imported: ImportedQuestion[]): QuestionSource[] {
  return imported.map((q, index) => {
    const keys = q.options.filter((o) => o.correct).length;
    const stated = /\(Choose (TWO|THREE|FOUR|FIVE)\.\)/.test(q.stem);
    const stem = keys > 1 && !stated ? `${q.stem}\n\n(Choose ${WORDS[keys] ?? keys}.)` : q.stem;
    return {
      id: `${packId}-${String(index + 1).padStart(3, '0')}`,
      domain: 1,
      task: '1.1',
      type: keys > 1 ? 'multiple' : 'single',
      difficulty: 2,
      topics: ['imported'],
      stem,
      options: q.options.map((o) => ({ text: o.text, correct: o.correct })),
      references: [],
    };
  });
}
