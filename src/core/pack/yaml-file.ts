/**
 * Reads one YAML file (a question file, pack.yaml, a note's front matter) into a value checked by
 * a zod schema, or into errors that name the file, line, column and field. No file I/O.
 */
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';

export interface SourceFile {
  /** Path shown in errors, e.g. exams/dva-c02/questions/task-1-1.yaml */
  path: string;
  text: string;
}

export interface PackError {
  file: string;
  line: number;
  column: number;
  /** Dotted path of the field, e.g. questions[3].options[1].explanation */
  field: string;
  message: string;
}

export const MAX_PACK_FILE_BYTES = 4 * 1024 * 1024;

export function formatPackError(error: PackError): string {
  const field = error.field ? ` ${error.field}:` : '';
  return `${error.file}:${error.line}:${error.column}${field} ${error.message}`;
}

export type Path = (string | number)[];

export function fieldName(path: Path): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key), '');
}

export interface ParsedYaml<T> {
  value?: T;
  placeOf: (path: Path) => { line: number; column: number };
  errors: PackError[];
}

export function parseYamlFile<T>(file: SourceFile, schema: z.ZodType<T>, lineOffset = 0): ParsedYaml<T> {
  const lineCounter = new LineCounter();
  const errors: PackError[] = [];
  const nowhere = () => ({ line: 1 + lineOffset, column: 1 });
  if (file.text.length > MAX_PACK_FILE_BYTES) {
    errors.push({
      file: file.path,
      line: 1,
      column: 1,
      field: '',
      message: `file is larger than ${MAX_PACK_FILE_BYTES / 1024 / 1024} MB; split it into several files`,
    });
    return { errors, placeOf: nowhere };
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(file.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    errors.push({ file: file.path, line: 1, column: 1, field: '', message: `could not parse YAML: ${(error as Error).message}` });
    return { errors, placeOf: nowhere };
  }
  for (const problem of doc.errors) {
    const pos = lineCounter.linePos(problem.pos[0]);
    errors.push({
      file: file.path,
      line: pos.line + lineOffset,
      column: pos.col,
      field: '',
      message: `YAML syntax: ${problem.message.split('\n')[0]}`,
    });
  }
  const placeOf = (path: Path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) {
        const pos = lineCounter.linePos(node.range[0]);
        return { line: pos.line + lineOffset, column: pos.col };
      }
    }
    return nowhere();
  };
  if (errors.length > 0) return { errors, placeOf };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    errors.push({
      file: file.path,
      line: 1 + lineOffset,
      column: 1,
      field: '',
      message: `could not read YAML: ${(error as Error).message}`,
    });
    return { errors, placeOf };
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues.slice(0, 50)) {
      const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
      // An unknown key is reported on its object; point at the key's own line.
      const place = issue.code === 'unrecognized_keys' ? placeOf([...path, issue.keys[0]!]) : placeOf(path);
      errors.push({ file: file.path, ...place, field: fieldName(path), message: issue.message });
    }
    return { errors, placeOf };
  }
  return { value: result.data, errors, placeOf };
}
