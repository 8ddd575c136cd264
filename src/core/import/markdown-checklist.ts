/**
 * The "markdown checklist" banks of many GitHub exam-notes repositories: a heading per question,
 * the stem below it, then "- [ ] wrong" and "- [x] right" options. Real files carry a README
 * preamble, a table of contents, "Back to top" links and headings that are not questions: a
 * heading is a question only when options follow it; shallower headings are topics.
 */
import { splitReferences } from './references.ts';
import { emptyItems, imagesIn, splitLines, type ImportedOption, type ParsedItems } from './result.ts';

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const OPTION = /^ {0,1}[-*+]\s+\[( |x|X)\]\s?(.*)$/;
const FENCE = /^\s*(```|~~~)/;
const BACK_TO_TOP = /back\s+to\s+(the\s+)?top/i;
const NUMBERING = /^(?:Q(?:uestion)?\s*)?\d{1,4}\s*[.):-]\s+/i;

/** A fence line, or an option whose text opens a fence ("- [x] ```json"). */
function togglesFence(raw: string, inFence: boolean): boolean {
  const option = inFence ? null : OPTION.exec(raw);
  return FENCE.test(option ? option[2]! : raw);
}

interface Block {
  level: number;
  line: number;
  title: string;
  body: { text: string; line: number }[];
}

function blocksOf(text: string): { preamble: Block['body']; blocks: Block[] } {
  const blocks: Block[] = [];
  const preamble: Block['body'] = [];
  let inFence = false;
  splitLines(text).forEach((raw, index) => {
    const heading = inFence ? null : HEADING.exec(raw);
    if (togglesFence(raw, inFence)) inFence = !inFence;
    if (heading) blocks.push({ level: heading[1]!.length, line: index + 1, title: heading[2]!, body: [] });
    else (blocks.at(-1)?.body ?? preamble).push({ text: raw, line: index + 1 });
  });
  return { preamble, blocks };
}

interface Body {
  stem: string[];
  options: (ImportedOption & { line: number; notes: string[] })[];
  after: string[];
}

function readBody(lines: Block['body']): Body {
  const body: Body = { stem: [], options: [], after: [] };
  let inFence = false;
  let blank = false;
  for (const { text, line } of lines) {
    const option = inFence ? null : OPTION.exec(text);
    const fence = togglesFence(text, inFence);
    const last = body.options.at(-1);
    if (option && body.after.length === 0) {
      body.options.push({ text: option[2]!.trim(), correct: option[1] !== ' ', line, notes: [] });
      blank = false;
    } else if (last && body.after.length === 0 && (inFence || /^\s{2,}\S/.test(text) || text.trim() === '')) {
      // Indented lines (and fenced code) under an option belong to it; "> " lines explain it.
      const inner = text.replace(/^ {2}/, '');
      if (!inFence && text.trim() === '') blank = true;
      else if (!inFence && /^>\s?/.test(inner)) last.notes.push(inner.replace(/^>\s?/, ''));
      else last.text += `${blank ? '\n' : ''}\n${inner}`;
      if (text.trim() !== '') blank = false;
      if (fence) inFence = !inFence;
      continue;
    } else if (body.options.length > 0) {
      if (!BACK_TO_TOP.test(text) && !/^\s*(<\/?(details|summary)[^>]*>\s*)+$/i.test(text) && !/^\s*(-{3,}|\*{3,})\s*$/.test(text))
        body.after.push(text.replace(/<\/?(details|summary)[^>]*>/gi, ''));
    } else if (!BACK_TO_TOP.test(text)) {
      body.stem.push(text);
    }
    if (fence) inFence = !inFence;
  }
  return body;
}

export function parseMarkdownChecklist(text: string): ParsedItems {
  const items = emptyItems();
  const { blocks } = blocksOf(text);
  const bodies = blocks.map((block) => readBody(block.body));
  const questionLevels = blocks.filter((_, i) => bodies[i]!.options.length > 0).map((b) => b.level);
  const questionLevel = questionLevels.reduce((min, level) => Math.min(min, level), questionLevels.length > 0 ? 6 : 3);
  let topic: string | undefined;
  blocks.forEach((block, i) => {
    const body = bodies[i]!;
    if (body.options.length === 0) {
      if (block.level < questionLevel) topic = block.title.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim() || topic;
      else
        items.problems.push({
          line: block.line,
          reason: `not a question: the heading "${short(block.title)}" has no "- [ ]" options under it`,
        });
      return;
    }
    const fail = (line: number, reason: string) => items.problems.push({ line, reason });
    if (body.options.length < 2) return fail(block.line, 'a question needs at least two "- [ ]" options');
    const empty = body.options.findIndex((o) => o.text.trim() === '');
    if (empty >= 0) return fail(body.options[empty]!.line, `option ${empty + 1} is empty`);
    if (!body.options.some((o) => o.correct)) return fail(block.line, 'no correct answer: no option is marked "- [x]"');
    const stem = [block.title.replace(NUMBERING, ''), ...body.stem].join('\n').trim();
    if (stem === '') return fail(block.line, 'the question has no text');
    const options: ImportedOption[] = body.options.map((o) => ({
      text: o.text.trim(),
      correct: o.correct,
      ...(o.notes.join('\n').trim() ? { explanation: o.notes.join('\n').trim() } : {}),
    }));
    const extra = splitReferences(body.after.join('\n'));
    items.questions.push({
      line: block.line,
      ...(topic ? { topic } : {}),
      stem,
      options,
      ...extra,
      tags: [],
      images: imagesIn(stem, extra.explanation, ...options.flatMap((o) => [o.text, o.explanation])),
    });
  });
  return items;
}

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
