/**
 * Markdown checklist export, in the style of the GitHub banks: a "##" heading per domain, a "###"
 * heading per question (the stem's first line), "- [x]" / "- [ ]" options, each option's
 * explanation as an indented "> " quote, then the question's explanation and references.
 */
import type { Pack, Question } from '../pack/model.ts';
import { byDomain, domainTitle, fileSafe, generalFeedback, type ExportResult, type ExportSkip } from './shared.ts';

const BLOCK_START = /^\s*(```|~~~|#|[-*+]\s|>|\||\d+[.)]\s)/;

function problem(question: Question): string | undefined {
  const first = question.stem.split('\n')[0] ?? '';
  if (first.trim() === '' || BLOCK_START.test(first)) return 'the stem starts with a block (code, list, quote) that cannot be a heading';
  let inFence = false;
  for (const line of question.stem.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    else if (!inFence && /^\s{0,1}[-*+]\s+\[[ xX]\]|^#{1,6}\s/.test(line)) return 'the stem holds a checklist line or a heading';
  }
  return undefined;
}

const indent = (text: string, prefix: string) =>
  text
    .split('\n')
    .map((line) => (line === '' ? prefix.trimEnd() : prefix + line))
    .join('\n');

function markdownQuestion(question: Question): string {
  const [first, ...rest] = question.stem.split('\n');
  // The rest of the stem follows the heading line as it is, so its line breaks come back on import.
  const parts = [[`### ${first!.trim()}`, ...rest].join('\n').trimEnd()];
  const options = question.options.map((option) => {
    const [line, ...more] = option.text.split('\n');
    const text = [`- [${option.correct ? 'x' : ' '}] ${line}`, ...more.map((l) => (l === '' ? '' : `  ${l}`))].join('\n');
    return option.explanation ? `${text}\n${indent(option.explanation, '  > ')}` : text;
  });
  parts.push(options.join('\n'));
  const general = generalFeedback(question);
  if (general) parts.push(general);
  return parts.join('\n\n');
}

export function exportMarkdown(pack: Pack): ExportResult {
  const blocks = [`# ${pack.title}`];
  const skipped: ExportSkip[] = [];
  let domain: number | undefined;
  for (const question of byDomain(pack)) {
    const reason = problem(question);
    if (reason) {
      skipped.push({ questionId: question.id, reason });
      continue;
    }
    if (question.domain !== domain) {
      domain = question.domain;
      blocks.push(`## ${domainTitle(pack, domain)}`);
    }
    blocks.push(markdownQuestion(question));
  }
  return {
    text: `${blocks.join('\n\n')}\n`,
    filename: `${fileSafe(pack.id)}.md`,
    exported: pack.questions.length - skipped.length,
    skipped,
  };
}
