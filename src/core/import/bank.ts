/**
 * The one entry to every importer: bytes (or text) and a name in, the questions and the
 * problems out, with the format and the encoding that were detected. Pure: the caller reads the
 * file and writes the pack.
 */
import { InvalidRequestError } from '../errors.ts';
import { MAX_IMPORT_BYTES } from '../rules/file-limits.ts';
import { parseAiken } from './aiken.ts';
import { detectFormat } from './detect.ts';
import { decodeText } from './encoding.ts';
import { parseGift } from './gift.ts';
import { parseMarkdownChecklist } from './markdown-checklist.ts';
import { parseMoodleXml } from './moodle-xml.ts';
import type { ImportFormat, ImportResult, ParsedItems, TextEncoding } from './result.ts';

export { MAX_IMPORT_BYTES };

const PARSERS: Record<ImportFormat, (text: string) => ParsedItems & { attachments?: Map<string, string> }> = {
  aiken: parseAiken,
  gift: parseGift,
  'moodle-xml': parseMoodleXml,
  markdown: parseMarkdownChecklist,
};

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  aiken: 'Aiken',
  gift: 'GIFT',
  'moodle-xml': 'Moodle XML',
  markdown: 'Markdown checklist',
};

export interface BankSource {
  /** The file name, shown in every problem. */
  name: string;
  bytes?: Uint8Array;
  text?: string;
  format?: ImportFormat;
}

export interface ReadBank {
  result: ImportResult;
  /** Files the bank itself carries (Moodle XML <file> elements), base64 by name. */
  attachments: Map<string, string>;
}

export class ImportTooLargeError extends InvalidRequestError {}

export function readBank(source: BankSource): ReadBank {
  const size = source.bytes?.byteLength ?? source.text?.length ?? 0;
  if (size > MAX_IMPORT_BYTES)
    throw new ImportTooLargeError(
      `${source.name} is ${(size / 1024 / 1024).toFixed(1)} MB; ` +
        `Proctor imports files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB (split it)`,
    );
  let text: string;
  let encoding: TextEncoding;
  if (source.bytes) ({ text, encoding } = decodeText(source.bytes));
  else {
    text = source.text ?? '';
    encoding = text.startsWith('\uFEFF') ? 'utf-8-bom' : 'utf-8';
  }
  text = text.replace(/^\uFEFF/, '');
  const format = source.format ?? detectFormat(source.name, text);
  const parsed = PARSERS[format](text);
  return {
    result: {
      file: source.name,
      format,
      encoding,
      questions: parsed.questions,
      problems: parsed.problems.map((p) => ({ file: source.name, ...p })).sort((a, b) => a.line - b.line),
      notes: parsed.notes,
    },
    attachments: parsed.attachments ?? new Map(),
  };
}

/** The message for a file in which nothing could be read as a question. */
export function noQuestionMessage(result: ImportResult): string {
  const why = result.problems.length > 0 ? `; ${result.problems.length} item(s) could not be converted (listed above)` : '';
  return `${result.file}: no question found in ${FORMAT_NAMES[result.format]} format${why}. Nothing was imported.`;
}
