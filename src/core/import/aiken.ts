/**
 * Aiken, Moodle's plain-text format: a question, options "A. text" or "A) text", then
 * "ANSWER: B". Aiken has one answer per question; "ANSWER: A, C" is taken as multiple response only
 * when the stem says how many to choose. Each broken item becomes a problem and reading goes on.
 */
import { statedChooseCount } from './choose-count.ts';
import { emptyItems, imagesIn, splitLines, type ParsedItems } from './result.ts';

const OPTION = /^([A-Z])\s*[.)]\s*(.*)$/;
const ANSWER = /^ANSWER\s*[:=-]?\s*(.*)$/i;

interface Draft {
  line: number;
  stem: string[];
  options: { letter: string; text: string; line: number }[];
}

export function parseAiken(text: string): ParsedItems {
  const items = emptyItems();
  let draft: Draft | undefined;

  const fail = (line: number, reason: string) => items.problems.push({ line, reason });
  const finish = (answer: string, line: number) => {
    const current = draft!;
    draft = undefined;
    if (current.options.length < 2) return fail(current.line, `needs at least two options ("A. text") before "ANSWER:" on line ${line}`);
    const empty = current.options.find((o) => o.text === '');
    if (empty) return fail(empty.line, `option ${empty.letter} is empty`);
    const letters = answer.toUpperCase().match(/[A-Z]/g) ?? [];
    if (letters.length === 0) return fail(line, 'the "ANSWER:" line names no letter');
    const unknown = letters.filter((l) => !current.options.some((o) => o.letter === l));
    if (unknown.length > 0) {
      const known = current.options.map((o) => o.letter).join(', ');
      return fail(line, `ANSWER: ${unknown.join(', ')} names no option of the question on line ${current.line} (its options are ${known})`);
    }
    const keys = new Set(letters);
    const stem = current.stem.join('\n').trim();
    if (keys.size > 1 && statedChooseCount(stem) === undefined)
      return fail(
        line,
        `two or more answers (${[...keys].join(', ')}) for a single-answer question: Aiken has one answer; ` +
          `say "(Choose ${keys.size})" in the stem if it is multiple response`,
      );
    const options = current.options.map((o) => ({ text: o.text, correct: keys.has(o.letter) }));
    items.questions.push({
      line: current.line,
      stem,
      options,
      references: [],
      tags: [],
      images: imagesIn(stem, ...options.map((o) => o.text)),
    });
  };

  splitLines(text).forEach((raw, index) => {
    const number = index + 1;
    const line = raw.trim();
    if (line === '') {
      if (draft && draft.options.length === 0) draft.stem.push('');
      return;
    }
    const answer = ANSWER.exec(line);
    if (answer) {
      if (!draft) return fail(number, '"ANSWER:" without a question before it');
      return finish(answer[1]!, number);
    }
    const option = OPTION.exec(line);
    if (option && draft && draft.stem.some((s) => s !== '')) {
      draft.options.push({ letter: option[1]!, text: option[2]!.trim(), line: number });
      return;
    }
    if (draft && draft.options.length > 0) {
      fail(draft.line, 'no "ANSWER: X" line after the options');
      draft = undefined;
    }
    if (!draft) draft = { line: number, stem: [], options: [] };
    draft.stem.push(line);
  });
  if (draft)
    fail(draft.line, draft.options.length > 0 ? 'no "ANSWER: X" line after the options' : 'text without options or an "ANSWER:" line');
  return items;
}
