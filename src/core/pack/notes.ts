/**
 * Study notes: `notes/<id>.md` in a pack, YAML front matter (id, title, topics) and a Markdown
 * body. Parsed here from text; errors name the file and line. Note Markdown is untrusted like
 * questions: it is only ever rendered through the renderer's SafeHtml path.
 */
import { z } from 'zod';
import { scanMarkdown, type MarkdownLink } from './markdown-links.ts';
import type { SourcePlace } from './model.ts';
import { readYamlFast, readYamlThorough, type PackError, type SourceFile } from './yaml-source.ts';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const noteFrontMatterSchema = z.strictObject({
  id: z.string().regex(kebab, 'must be lower-case kebab-case, the file name without .md'),
  title: z.string().trim().min(1, 'title must not be empty').max(200),
  topics: z.array(z.string().regex(kebab, 'topics are lower-case kebab-case')).min(1, 'name at least one topic, the main one first'),
});

export interface Note {
  id: string;
  title: string;
  /** Topics the note teaches, main topic first; the practice drill draws questions with any of them. */
  topics: string[];
  markdown: string;
  links: MarkdownLink[];
  rawHtmlLines: number[];
  source: SourcePlace;
}

export const MAX_NOTE_CHARS = 100_000;

const fileId = (path: string) => (path.split(/[\\/]/).pop() ?? path).replace(/\.md$/i, '');

/** Parses one note file; a note with errors is still returned once its front matter is readable. */
export function parseNote(file: SourceFile): { note?: Note; errors: PackError[] } {
  const fail = (line: number, field: string, message: string) => ({ errors: [{ file: file.path, line, column: 1, field, message }] });
  const lines = file.text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---')
    return fail(1, '', 'a note starts with YAML front matter between two "---" lines (id, title, topics); see exams/README.md');
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end < 0) return fail(1, '', 'the front matter has no closing "---" line');
  const frontFile = { path: file.path, text: lines.slice(1, end).join('\n') };
  // The fast reader when the front matter reads cleanly; the thorough one places every problem.
  const thorough = () => readYamlThorough(frontFile, noteFrontMatterSchema, 1);
  const front = readYamlFast(frontFile, noteFrontMatterSchema) ?? thorough();
  if (!front.value) {
    const errors = front.errors.length > 0 ? front.errors : fail(2, '', 'the front matter is empty: give id, title and topics').errors;
    return { errors };
  }
  const { id, title, topics } = front.value;
  const errors: PackError[] = [];
  if (id !== fileId(file.path)) {
    errors.push({
      file: file.path,
      ...thorough().placeOf(['id']),
      field: 'id',
      message: `id "${id}" must equal the file name (${fileId(file.path)}.md)`,
    });
  }
  const bodyLine = end + 2;
  const markdown = lines.slice(end + 1).join('\n');
  if (markdown.trim().length === 0)
    errors.push({ file: file.path, line: bodyLine, column: 1, field: '', message: 'the note has no text after its front matter' });
  if (markdown.length > MAX_NOTE_CHARS)
    errors.push({
      file: file.path,
      line: bodyLine,
      column: 1,
      field: '',
      message: `the note is longer than ${MAX_NOTE_CHARS} characters; split it`,
    });
  const scan = scanMarkdown(markdown, bodyLine);
  for (const link of scan.links) {
    if (!/^https:\/\/[^\s/?#]+\.[^\s/?#]+/.test(link.url))
      errors.push({
        file: file.path,
        line: link.line,
        column: 1,
        field: '',
        message: `${link.kind} "${link.url}" is not an https:// URL; notes link only to https pages of the AWS documentation`,
      });
  }
  // The note comes back with its errors so that the pack-level checks (topics, ids) run too.
  return { note: { id, title, topics, markdown, ...scan, source: { file: file.path, line: 1 } }, errors };
}

/** Pack-level checks: unique ids, and topics that questions of the pack actually use. */
export function noteProblems(notes: readonly Note[], questionTopics: ReadonlySet<string>, files: readonly SourceFile[]): PackError[] {
  const errors: PackError[] = [];
  const firstFile = new Map<string, string>();
  for (const note of notes) {
    const other = firstFile.get(note.id);
    if (other)
      errors.push({ file: note.source.file, line: 2, column: 1, field: 'id', message: `duplicate note id "${note.id}" (also ${other})` });
    firstFile.set(note.id, note.source.file);
    const text = files.find((f) => f.path === note.source.file)?.text ?? '';
    for (const topic of note.topics) {
      if (questionTopics.has(topic)) continue;
      const line = lineOf(text, topic);
      errors.push({
        file: note.source.file,
        line,
        column: 1,
        field: 'topics',
        message: `topic "${topic}" is used by no question of the pack; use a topic of the questions (proctor report lists them) or drop it`,
      });
    }
  }
  return errors;
}

/** The front-matter line naming a topic (topics may be a flow list or one per line). */
function lineOf(text: string, topic: string): number {
  const lines = text.split(/\r?\n/);
  const from = Math.max(
    0,
    lines.findIndex((line) => /^topics\s*:/.test(line)),
  );
  const pattern = new RegExp(`(^|[\\s\\[,])${topic.replace(/-/g, '\\-')}($|[\\s\\],])`);
  const index = lines.findIndex((line, i) => i >= from && pattern.test(line));
  return index >= 0 ? index + 1 : from + 1;
}
