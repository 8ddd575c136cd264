/**
 * Imported questions become an exam pack: each question checked against the pack format on its
 * own (a question that fails is a problem, never half imported), "(Choose N.)" written the
 * pack's way, topics from categories and headings, domains from the user's mapping of those
 * topics onto a blueprint's domains (a topic left out is "Unassigned"), stable ids from titles.
 */
import type { Domain, PackManifest, QuestionSource } from '../pack/schema.ts';
import { QUESTION_ID, questionSchema } from '../pack/schema.ts';
import { normalizeChooseCount } from './choose-count.ts';
import type { ImportedQuestion, ImportProblem, ImportResult } from './result.ts';

export const UNASSIGNED = 'Unassigned';
const MINUTES_PER_QUESTION = 2;

export interface Blueprint {
  domains: Domain[];
  exam: PackManifest['exam'];
}

export interface PlanOptions {
  packId: string;
  title: string;
  /** Domains to map topics onto; without one, every question is "Unassigned". */
  blueprint?: Blueprint;
  /** Topic → domain number of the blueprint. */
  mapping?: Record<string, number>;
  /** Image paths as written → the path in the pack; an image not here is missing. */
  images?: Map<string, string>;
}

export interface PlannedPack {
  manifest: PackManifest;
  questions: QuestionSource[];
  /** The line each question starts on in the file, in the same order. */
  lines: number[];
  /** Questions read but refused here, with the importer's problems before them. */
  problems: ImportProblem[];
}

export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'imported'
  );
}

export function topicOf(question: Pick<ImportedQuestion, 'topic'>): string {
  return question.topic?.trim() || UNASSIGNED;
}

/** Every topic with its question count, in file order. */
export function topicCounts(questions: Pick<ImportedQuestion, 'topic'>[]): { topic: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const q of questions) counts.set(topicOf(q), (counts.get(topicOf(q)) ?? 0) + 1);
  return [...counts].map(([topic, count]) => ({ topic, count }));
}

function rewriteImages(text: string | undefined, images: Map<string, string>): string | undefined {
  if (text === undefined) return undefined;
  return text.replace(/(!\[[^\]]*\]\(\s*<?)([^)\s>]+)/g, (whole, start: string, path: string) =>
    images.has(path) ? start + images.get(path)! : whole,
  );
}

export function planPack(result: ImportResult, options: PlanOptions): PlannedPack {
  const problems: ImportProblem[] = [...result.problems];
  const images = options.images ?? new Map<string, string>();
  const blueprintDomains = new Map((options.blueprint?.domains ?? []).map((d) => [d.number, d]));
  const mapped = (q: ImportedQuestion) => {
    const number = options.mapping?.[topicOf(q)];
    return number !== undefined && blueprintDomains.has(number) ? number : undefined;
  };
  const anyMapped = result.questions.some((q) => mapped(q) !== undefined);
  const unassigned = anyMapped ? Math.max(...blueprintDomains.keys()) + 1 : 1;
  const titles = new Set(result.questions.map((q) => q.title).filter((t): t is string => !!t && QUESTION_ID.test(t)));
  const used = new Set<string>();
  const questions: QuestionSource[] = [];
  const lines: number[] = [];
  let counter = 0;
  const nextId = () => {
    let id: string;
    do id = `${options.packId}-${String(++counter).padStart(3, '0')}`;
    while (titles.has(id) || used.has(id));
    return id;
  };
  for (const q of result.questions) {
    const fail = (reason: string) => problems.push({ file: result.file, line: q.line, reason });
    const missing = q.images.filter((path) => !images.has(path));
    if (missing.length > 0) {
      fail(
        `missing image ${missing.join(', ')}: it is not beside the file ` +
          '(import the bank from its folder, or pick its images with it in the app)',
      );
      continue;
    }
    const keys = q.options.filter((o) => o.correct).length;
    const checked = normalizeChooseCount(q.stem, keys);
    if ('problem' in checked) {
      fail(checked.problem);
      continue;
    }
    if (keys > 1 && q.options.length <= keys) {
      fail('every option is marked correct; a multiple-response question needs at least one wrong option');
      continue;
    }
    const domain = mapped(q) ?? unassigned;
    const id = q.title && QUESTION_ID.test(q.title) && !used.has(q.title) ? q.title : nextId();
    const topics = [...new Set([slug(topicOf(q)), ...q.tags.map(slug)])];
    const explanation = rewriteImages(q.explanation, images);
    const candidate = {
      id,
      domain,
      task: `${domain}.1`,
      type: keys > 1 ? 'multiple' : 'single',
      difficulty: 2,
      topics,
      stem: rewriteImages(checked.stem, images),
      options: q.options.map((o) => {
        const why = rewriteImages(o.explanation, images);
        return { text: rewriteImages(o.text, images)!, correct: o.correct, ...(why ? { explanation: why } : {}) };
      }),
      ...(explanation ? { explanation } : {}),
      references: q.references.filter((r) => /^https:\/\/[^\s/?#]+\.[^\s/?#]+/.test(r)),
    };
    const parsed = questionSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      fail(`${issue.path.join('.') || 'question'}: ${issue.message}`);
      continue;
    }
    used.add(id);
    questions.push(parsed.data);
    lines.push(q.line);
  }
  problems.sort((a, b) => a.line - b.line);
  return { manifest: manifestFor(options, questions, unassigned), questions, lines, problems };
}

function manifestFor(options: PlanOptions, questions: QuestionSource[], unassigned: number): PackManifest {
  const counts = new Map<number, number>();
  for (const q of questions) counts.set(q.domain, (counts.get(q.domain) ?? 0) + 1);
  const total = Math.max(1, questions.length);
  const blueprint = new Map((options.blueprint?.domains ?? []).map((d) => [d.number, d]));
  const mappedShare = [...counts].filter(([n]) => n !== unassigned).reduce((sum, [, c]) => sum + c, 0) / total;
  const mappedWeight = [...counts.keys()].filter((n) => n !== unassigned).reduce((sum, n) => sum + (blueprint.get(n)?.weight ?? 0), 0);
  const domains: Domain[] = [...counts.keys()]
    .sort((a, b) => a - b)
    .map((number) => {
      const from = blueprint.get(number);
      // Mapped domains share their part of the exam in the blueprint's weights; Unassigned gets its share of the questions.
      const weight = number === unassigned ? ((counts.get(number) ?? 0) / total) * 100 : (from!.weight / mappedWeight) * mappedShare * 100;
      const title = number === unassigned ? UNASSIGNED : from!.title;
      return {
        number,
        title,
        weight: Math.max(0.1, Math.round(weight * 10) / 10),
        tasks: [{ id: `${number}.1`, title: `Imported questions: ${title}` }],
      };
    });
  const examQuestions = Math.max(1, Math.min(options.blueprint?.exam.questionCount ?? 65, questions.length));
  const perQuestion = options.blueprint
    ? options.blueprint.exam.durationMinutes / options.blueprint.exam.questionCount
    : MINUTES_PER_QUESTION;
  return {
    id: options.packId,
    title: options.title,
    exam: {
      questionCount: examQuestions,
      durationMinutes: Math.min(600, Math.max(1, Math.round(examQuestions * perQuestion))),
      passingScaledScore: options.blueprint?.exam.passingScaledScore ?? 720,
    },
    domains:
      domains.length > 0 ? domains : [{ number: 1, title: UNASSIGNED, weight: 100, tasks: [{ id: '1.1', title: 'Imported questions' }] }],
    fixedExams: [],
    // An imported bank is the user's own: none of the content rules of the shipped banks apply.
    lint: {},
  };
}
