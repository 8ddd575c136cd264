/**
 * What every importer returns: the questions it could read, each with the line it starts on, and
 * a problem for every item it could not, with the file, the line and the reason. Nothing in
 * between: an item is either a whole question or a problem.
 */
import { z } from 'zod';

export const IMPORT_FORMATS = ['aiken', 'gift', 'moodle-xml', 'markdown'] as const;
export const importFormatSchema = z.enum(IMPORT_FORMATS);
export const textEncodingSchema = z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252', 'latin-1', 'mixed']);

export const importProblemSchema = z.object({
  file: z.string(),
  line: z.number().int().min(1),
  reason: z.string(),
});

export const importedOptionSchema = z.object({
  text: z.string(),
  correct: z.boolean(),
  explanation: z.string().optional(),
});

export const importedQuestionSchema = z.object({
  line: z.number().int().min(1),
  /** A GIFT title or Moodle name; used as the question id when it is a valid, unused one. */
  title: z.string().optional(),
  /** The category (GIFT, Moodle XML) or heading (markdown) the question is under. */
  topic: z.string().optional(),
  stem: z.string(),
  options: z.array(importedOptionSchema),
  /** General feedback: shown after the options in a review. */
  explanation: z.string().optional(),
  references: z.array(z.string()),
  tags: z.array(z.string()),
  /** Images the stem, options or feedback refer to by relative path, as written in the file. */
  images: z.array(z.string()),
});

export const importResultSchema = z.object({
  file: z.string(),
  format: importFormatSchema,
  encoding: textEncodingSchema,
  questions: z.array(importedQuestionSchema),
  problems: z.array(importProblemSchema),
  /** Things the user should know about the whole import (e.g. GIFT weights scored all-or-nothing). */
  notes: z.array(z.string()),
});

export type ImportFormat = z.infer<typeof importFormatSchema>;
export type TextEncoding = z.infer<typeof textEncodingSchema>;
export type ImportProblem = z.infer<typeof importProblemSchema>;
export type ImportedOption = z.infer<typeof importedOptionSchema>;
export type ImportedQuestion = z.infer<typeof importedQuestionSchema>;
export type ImportResult = z.infer<typeof importResultSchema>;

/** What a format's parser returns; the file name, format and encoding are added around it. */
export interface ParsedItems {
  questions: ImportedQuestion[];
  problems: { line: number; reason: string }[];
  notes: string[];
}

export function emptyItems(): ParsedItems {
  return { questions: [], problems: [], notes: [] };
}

/** Lines of a text, CRLF and lone CR read as LF. */
export function splitLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/** The line (1-based) of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Precomputed line lookups for many offsets in a large text. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

const IMAGE = /!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;

/** Relative image paths in markdown (http(s) and data: images are not files to copy). */
export function imagesIn(...texts: (string | undefined)[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const match of (text ?? '').matchAll(IMAGE)) {
      const path = match[1]!;
      if (!/^[a-z][a-z0-9+.-]*:/i.test(path) && !path.startsWith('#')) found.add(path);
    }
  }
  return [...found];
}
