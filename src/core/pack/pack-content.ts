/**
 * The parts of a pack beside its questions: study notes (notes/*.md) and the reviewed pairs of
 * the same-point check (same-point.yaml). Both are checked against the questions they name.
 */
import type { Question, ReviewedPair } from './model.ts';
import { noteProblems, parseNote, type Note } from './notes.ts';
import { samePointReviewSchema } from './schema.ts';
import { readYamlFast, readYamlThorough, type PackError, type SourceFile } from './yaml-source.ts';

export function parseNotes(files: readonly SourceFile[], questions: readonly Question[]): { notes: Note[]; errors: PackError[] } {
  const notes: Note[] = [];
  const errors: PackError[] = [];
  for (const file of files) {
    const parsed = parseNote(file);
    errors.push(...parsed.errors);
    if (parsed.note) notes.push(parsed.note);
  }
  const topics = new Set(questions.flatMap((q) => q.topics));
  errors.push(...noteProblems(notes, topics, files));
  notes.sort((a, b) => a.id.localeCompare(b.id));
  return { notes, errors };
}

export function parseReviewedPairs(
  file: SourceFile | undefined,
  questionIds: ReadonlySet<string>,
): { pairs: ReviewedPair[]; errors: PackError[] } {
  if (!file) return { pairs: [], errors: [] };
  // The fast reader knows where each entry starts, which is all a pair's place needs.
  const parsed = readYamlFast(file, samePointReviewSchema, 'reviewed') ?? readYamlThorough(file, samePointReviewSchema);
  const errors = [...parsed.errors];
  const pairs: ReviewedPair[] = [];
  const seen = new Set<string>();
  parsed.value?.reviewed.forEach((entry, index) => {
    const place = parsed.placeOf(['reviewed', index]);
    const at = { file: file.path, ...place, field: `reviewed[${index}].pair` };
    const [a, b] = entry.pair;
    const key = [a, b].sort().join(' ');
    for (const id of entry.pair) {
      if (!questionIds.has(id))
        errors.push({ ...at, message: `no question has the id "${id}"; a retired question's pairs go away with it` });
    }
    if (a === b) errors.push({ ...at, message: 'a pair names two different questions' });
    if (seen.has(key)) errors.push({ ...at, message: `the pair ${a} / ${b} is already listed` });
    seen.add(key);
    pairs.push({ ids: [a, b], reason: entry.reason, source: { file: file.path, line: place.line } });
  });
  return { pairs, errors };
}
