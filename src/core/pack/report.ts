/** Counts over a pack: what `proctor report --json` prints and what the content lint checks. */
import { measureCues, type CueFigures } from '../content/cues.ts';
import type { Pack } from './model.ts';

export interface FixedExamReport {
  id: string;
  title: string;
  questionIds: string[];
  byDomain: Record<string, number>;
}

export interface PackReport {
  id: string;
  title: string;
  total: number;
  byDomain: Record<string, number>;
  byDomainPercent: Record<string, number>;
  byTask: Record<string, number>;
  byTopic: Record<string, number>;
  byType: { single: number; multiple: number };
  byDifficulty: Record<string, number>;
  calculation: number;
  seedCorrection: number;
  fixedExams: FixedExamReport[];
  /** Answer cues a guesser could use, and the questions behind each figure. */
  cues: CueFigures;
  notes: { id: string; title: string; topics: string[] }[];
}

function countBy<T>(items: readonly T[], key: (item: T) => string | string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    for (const k of ([] as string[]).concat(key(item))) counts[k] = (counts[k] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })));
}

export function packReport(pack: Pack): PackReport {
  const questions = pack.questions;
  const byDomain = countBy(questions, (q) => String(q.domain));
  const byId = new Map(questions.map((q) => [q.id, q]));
  return {
    id: pack.id,
    title: pack.title,
    total: questions.length,
    byDomain,
    byDomainPercent: Object.fromEntries(
      Object.entries(byDomain).map(([d, n]) => [d, Math.round((1000 * n) / Math.max(1, questions.length)) / 10]),
    ),
    byTask: countBy(questions, (q) => q.task),
    byTopic: countBy(questions, (q) => q.topics),
    byType: {
      single: questions.filter((q) => q.type === 'single').length,
      multiple: questions.filter((q) => q.type === 'multiple').length,
    },
    byDifficulty: countBy(questions, (q) => String(q.difficulty)),
    calculation: questions.filter((q) => q.topics.includes('calculation')).length,
    seedCorrection: questions.filter((q) => q.topics.includes('seed-correction')).length,
    fixedExams: pack.fixedExams.map((exam) => ({
      id: exam.id,
      title: exam.title,
      questionIds: exam.questionIds,
      byDomain: countBy(
        exam.questionIds.filter((id) => byId.has(id)),
        (id) => String(byId.get(id)!.domain),
      ),
    })),
    cues: measureCues(questions),
    notes: pack.notes.map(({ id, title, topics }) => ({ id, title, topics })),
  };
}
