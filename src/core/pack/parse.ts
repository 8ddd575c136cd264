/**
 * Turns the text of a pack's files into a Pack, or into errors that name the file, line and
 * field. No file I/O here: callers read the files and pass their text.
 */
import { chooseCountInStem, OPTION_IDS, type Pack, type Question } from './model.ts';
import { parseNotes, parseReviewedPairs } from './pack-content.ts';
import { packManifestSchema, questionFileSchema, type PackManifest } from './schema.ts';
import { fieldName, parseYamlFile, type PackError, type Path, type SourceFile } from './yaml-file.ts';

export { formatPackError, MAX_PACK_FILE_BYTES, type PackError, type SourceFile } from './yaml-file.ts';

export interface PackSource {
  manifest: SourceFile;
  questionFiles: SourceFile[];
  /** notes/*.md */
  noteFiles?: SourceFile[];
  /** same-point.yaml, when the pack has one */
  samePointFile?: SourceFile;
}

export interface PackParseResult {
  pack?: Pack;
  errors: PackError[];
}

export function parsePack(source: PackSource): PackParseResult {
  const manifest = parseYamlFile(source.manifest, packManifestSchema);
  const errors = [...manifest.errors];
  const questions: Question[] = [];
  const firstPlaceOfId = new Map<string, string>();
  for (const file of source.questionFiles) {
    const parsed = parseYamlFile(file, questionFileSchema);
    errors.push(...parsed.errors);
    parsed.value?.questions.forEach((raw, index) => {
      const at = (path: Path) => ({
        file: file.path,
        ...parsed.placeOf(['questions', index, ...path]),
        field: fieldName(['questions', index, ...path]),
      });
      const previous = firstPlaceOfId.get(raw.id);
      if (previous) {
        errors.push({
          ...at(['id']),
          message: `duplicate question id "${raw.id}" (first used at ${previous}); ids must be unique in a pack`,
        });
        return;
      }
      const place = at([]);
      firstPlaceOfId.set(raw.id, `${file.path}:${place.line}`);
      const question: Question = {
        ...raw,
        options: raw.options.map((option, i) => ({ ...option, explanation: option.explanation ?? '', id: OPTION_IDS[i]! })),
        choose: raw.options.filter((option) => option.correct).length,
        source: { file: file.path, line: place.line },
      };
      for (const problem of questionProblems(question, manifest.value)) errors.push({ ...at(problem.path), message: problem.message });
      questions.push(question);
    });
  }
  if (manifest.value) errors.push(...fixedExamProblems(manifest.value, firstPlaceOfId, source.manifest.path, manifest.placeOf));
  const notes = parseNotes(source.noteFiles ?? [], questions);
  const reviewed = parseReviewedPairs(source.samePointFile, new Set(firstPlaceOfId.keys()));
  errors.push(...notes.errors, ...reviewed.errors);
  if (errors.length > 0 || !manifest.value) return { errors };
  const { id, title, description, exam, domains, fixedExams, lint } = manifest.value;
  const pack: Pack = {
    id,
    title,
    description,
    exam,
    domains,
    fixedExams,
    questions,
    notes: notes.notes,
    lint,
    reviewedPairs: reviewed.pairs,
  };
  return { pack, errors };
}

interface Problem {
  path: Path;
  message: string;
}

function questionProblems(question: Question, manifest: PackManifest | undefined): Problem[] {
  const problems: Problem[] = [];
  const keys = question.choose;
  const stated = chooseCountInStem(question.stem);
  if (question.type === 'single') {
    if (keys !== 1)
      problems.push({ path: ['options'], message: `a single-answer question needs exactly 1 option with correct: true (found ${keys})` });
    if (stated !== undefined)
      problems.push({ path: ['stem'], message: `a single-answer stem must not say "(Choose N.)"; set type: multiple or remove it` });
  } else {
    if (keys < 2)
      problems.push({
        path: ['options'],
        message: `a multiple-response question needs at least 2 options with correct: true (found ${keys})`,
      });
    if (stated === undefined)
      problems.push({ path: ['stem'], message: `a multiple-response stem must say how many to choose, e.g. "(Choose TWO.)"` });
    else if (stated !== keys)
      problems.push({ path: ['stem'], message: `the stem says choose ${stated} but ${keys} options are marked correct` });
    if (question.options.length <= keys)
      problems.push({ path: ['options'], message: 'a multiple-response question needs more options than keys' });
  }
  if (manifest) {
    const domain = manifest.domains.find((d) => d.number === question.domain);
    if (!domain)
      problems.push({
        path: ['domain'],
        message: `domain ${question.domain} is not one of the pack's domains (${manifest.domains.map((d) => d.number).join(', ')})`,
      });
    else if (!domain.tasks.some((task) => task.id === question.task)) {
      problems.push({
        path: ['task'],
        message: `task "${question.task}" is not a task of domain ${domain.number} (${domain.tasks.map((t) => t.id).join(', ')})`,
      });
    }
  }
  return problems;
}

function fixedExamProblems(
  manifest: PackManifest,
  ids: Map<string, string>,
  file: string,
  placeOf: (path: Path) => { line: number; column: number },
): PackError[] {
  const errors: PackError[] = [];
  const usedIn = new Map<string, string>();
  manifest.fixedExams.forEach((exam, examIndex) => {
    exam.questionIds.forEach((questionId, i) => {
      const path = ['fixedExams', examIndex, 'questionIds', i];
      const at = { file, ...placeOf(path), field: fieldName(path) };
      if (!ids.has(questionId)) errors.push({ ...at, message: `no question has the id "${questionId}"` });
      const other = usedIn.get(questionId);
      if (other)
        errors.push({
          ...at,
          message: `question "${questionId}" is already in fixed exam "${other}"; a question may be in one fixed exam only`,
        });
      usedIn.set(questionId, exam.id);
    });
  });
  return errors;
}
