/**
 * Aiken export, as Moodle reads it: one line per question and per option, one answer. A stem's
 * line breaks and paragraphs become spaces (markdown renders wrapped lines the same); questions
 * with several answers, code blocks or options that span lines cannot be written and are listed
 * as skipped, with the reason.
 */
import type { Pack, Question } from '../pack/model.ts';
import { fileSafe, type ExportResult, type ExportSkip } from './shared.ts';

const LETTERS = 'ABCDEFGH';

function problem(question: Question): string | undefined {
  if (question.options.filter((o) => o.correct).length !== 1)
    return 'Aiken has one answer per question (multiple response cannot be written)';
  if (question.options.some((o) => o.text.includes('\n'))) return 'an option spans several lines; Aiken options are one line each';
  if (/^\s*(```|~~~)/m.test(question.stem)) return 'the stem has a code block; an Aiken question is one line';
  if (/^\s*([A-Z]\s*[.)]\s|ANSWER\b)/i.test(question.stem)) return 'the stem would read as an Aiken option or answer';
  return undefined;
}

export function exportAiken(pack: Pack): ExportResult {
  const blocks: string[] = [];
  const skipped: ExportSkip[] = [];
  for (const question of pack.questions) {
    const reason = problem(question);
    if (reason) {
      skipped.push({ questionId: question.id, reason });
      continue;
    }
    const options = question.options.map((o, i) => `${LETTERS[i]}. ${o.text.trim()}`);
    const answer = LETTERS[question.options.findIndex((o) => o.correct)];
    blocks.push([question.stem.trim().replace(/\s*\n\s*/g, ' '), ...options, `ANSWER: ${answer}`].join('\n'));
  }
  return { text: `${blocks.join('\n\n')}\n`, filename: `${fileSafe(pack.id)}.aiken.txt`, exported: blocks.length, skipped };
}
