/**
 * One pack file's YAML, read two ways. The fast reader (js-yaml, the same YAML 1.2 core schema,
 * no aliases, no multi-line flow scalars) builds plain data and knows only the line each question
 * starts on: it is for packs without a single problem. The thorough reader (the `yaml` package, with
 * node positions, duplicate keys and an alias budget) is the authority: it reads any file the fast
 * one cannot, and every pack that has a problem, so each error names its exact line and column.
 */
import { CORE_SCHEMA, load, type State } from 'js-yaml';
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

export type Path = (string | number)[];

export function fieldName(path: Path): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key), '');
}

export interface ParsedYaml<T> {
  value?: T;
  placeOf: (path: Path) => { line: number; column: number };
  errors: PackError[];
}

const nowhere = () => ({ line: 1, column: 1 });

/**
 * The fast reader: undefined unless the file parses, holds one document, shares no node (no
 * alias), has no multi-line plain or quoted scalar and matches the schema. `placeOf` knows where
 * the items of the root's `itemsOf` sequence start (the questions of a question file); other
 * places are only needed for errors, which the thorough reader gives.
 */
export function readYamlFast<T>(file: SourceFile, schema: z.ZodType<T>, itemsOf?: string): ParsedYaml<T> | undefined {
  if (file.text.length > MAX_PACK_FILE_BYTES) return undefined;
  const opened: number[] = [];
  const itemStart = new Map<unknown, number>();
  let flowFolding = false;
  let data: unknown;
  try {
    data = load(file.text, {
      schema: CORE_SCHEMA,
      maxDepth: 64,
      listener(event: string, state: State & { depth: number; position: number; result: unknown; kind: string | null }) {
        if (event === 'open') return void opened.push(state.position);
        const start = opened.pop()!;
        // Root mapping, its values, their items: depth 3 is an item of a top-level sequence.
        if (state.depth === 3 && state.result !== null && typeof state.result === 'object') itemStart.set(state.result, start);
        if (state.kind === 'scalar' && !flowFolding) flowFolding = isMultiLineFlowScalar(file.text, start, state.position);
      },
    } as Parameters<typeof load>[1]);
  } catch {
    return undefined;
  }
  if (flowFolding || sharesNodes(data)) return undefined;
  const result = schema.safeParse(data);
  if (!result.success) return undefined;
  const items = itemsOf === undefined ? [] : ((data as Record<string, unknown>)[itemsOf] as unknown[]);
  const starts = items.map((item) => itemStart.get(item));
  if (starts.some((start) => start === undefined)) return undefined;
  const lineOf = lineFinder(file.text);
  const placeOf = (path: Path) => {
    const start = path.length === 2 && path[0] === itemsOf && typeof path[1] === 'number' ? starts[path[1]] : undefined;
    return start === undefined ? nowhere() : { line: lineOf(start), column: 1 };
  };
  return { value: result.data, placeOf, errors: [] };
}

/**
 * Plain and quoted scalars that span lines fold by the subtlest rules of YAML (escaped breaks,
 * blank lines), where parsers have been seen to differ: those files go to the thorough reader.
 * Block scalars (| and >), which packs use for long text, stay on the fast path.
 */
function isMultiLineFlowScalar(text: string, start: number, end: number): boolean {
  let at = start;
  while (at < end && (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r')) at++;
  if (text[at] === '|' || text[at] === '>') return false;
  const newline = text.indexOf('\n', at);
  return newline !== -1 && newline < end && text.slice(newline, end).trim() !== '';
}

/** An alias makes two places share one node: walks each node once and stops at a second visit. */
function sharesNodes(root: unknown): boolean {
  const seen = new Set<object>();
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (seen.has(node)) return true;
    seen.add(node);
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push(child);
  }
  return false;
}

/** Offset -> 1-based line, quickest for offsets asked in increasing order. */
function lineFinder(text: string): (offset: number) => number {
  let line = 1;
  let at = 0;
  return (offset) => {
    if (offset < at) [line, at] = [1, 0];
    for (let next = text.indexOf('\n', at); next !== -1 && next < offset; next = text.indexOf('\n', next + 1)) line++;
    at = offset;
    return line;
  };
}

/**
 * The thorough reader: every problem with its line, column and field. `lineOffset` places a
 * fragment of a larger file (a note's front matter) at its lines in that file.
 */
export function readYamlThorough<T>(file: SourceFile, schema: z.ZodType<T>, lineOffset = 0): ParsedYaml<T> {
  const lineCounter = new LineCounter();
  const errors: PackError[] = [];
  const at = (line: number, column: number, message: string, field = '') => ({
    file: file.path,
    line: line + lineOffset,
    column,
    field,
    message,
  });
  const nowhere = () => ({ line: 1 + lineOffset, column: 1 });
  if (file.text.length > MAX_PACK_FILE_BYTES) {
    errors.push(at(1, 1, `file is larger than ${MAX_PACK_FILE_BYTES / 1024 / 1024} MB; split it into several files`));
    return { errors, placeOf: nowhere };
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(file.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    errors.push(at(1, 1, `could not parse YAML: ${(error as Error).message}`));
    return { errors, placeOf: nowhere };
  }
  for (const problem of doc.errors) {
    const pos = lineCounter.linePos(problem.pos[0]);
    errors.push(at(pos.line, pos.col, `YAML syntax: ${problem.message.split('\n')[0]}`));
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
    errors.push(at(1, 1, `could not read YAML: ${(error as Error).message}`));
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
