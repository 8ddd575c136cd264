/**
 * The fixed practice exams of a pack, each with its record: taken or not, how often, the last and
 * the best score and when it was last taken. Only finished attempts count.
 */
import { z } from 'zod';
import type { AttemptSummary } from '../attempt/schema.ts';

const scoreSchema = z.object({
  percent: z.number(),
  scaledScore: z.number(),
  passed: z.boolean(),
  /** When the attempt ended. */
  at: z.number(),
  attemptId: z.string(),
});

export const practiceExamRecordSchema = z.object({
  fixedExamId: z.string(),
  title: z.string(),
  questionCount: z.number().int(),
  /** Finished attempts of this exam. */
  taken: z.number().int().min(0),
  last: scoreSchema.optional(),
  best: scoreSchema.optional(),
});

export type PracticeExamRecord = z.infer<typeof practiceExamRecordSchema>;
type Score = z.infer<typeof scoreSchema>;

interface FixedExamInfo {
  id: string;
  title: string;
  questionCount: number;
}

/**
 * Summaries written before they kept `fixedExamId` are matched by the exam's title, which is what
 * a fixed attempt was titled; a summary that has the id is matched by the id alone.
 */
function takes(summary: AttemptSummary, exam: FixedExamInfo): boolean {
  if (summary.kind !== 'fixed') return false;
  return summary.fixedExamId !== undefined ? summary.fixedExamId === exam.id : summary.title === exam.title;
}

function scoreOf(summary: AttemptSummary): Score | undefined {
  const result = summary.result;
  if (summary.status !== 'submitted' || !result) return undefined;
  const at = summary.submittedAt ?? summary.startedAt;
  return { percent: result.percent, scaledScore: result.scaledScore, passed: result.passed, at, attemptId: summary.id };
}

/** One record per fixed exam, in the pack's order; `summaries` may hold every pack's attempts. */
export function practiceExamRecords(
  packId: string,
  exams: readonly FixedExamInfo[],
  summaries: readonly AttemptSummary[],
): PracticeExamRecord[] {
  const ofPack = summaries.filter((s) => s.packId === packId);
  return exams.map((exam) => {
    const scores = ofPack
      .filter((s) => takes(s, exam))
      .map(scoreOf)
      .filter((s): s is Score => s !== undefined)
      .sort((a, b) => a.at - b.at);
    const last = scores[scores.length - 1];
    // The best is the highest scaled score; of equal ones, the earliest reached it first.
    const best = scores.reduce<Score | undefined>((top, s) => (!top || s.scaledScore > top.scaledScore ? s : top), undefined);
    return {
      fixedExamId: exam.id,
      title: exam.title,
      questionCount: exam.questionCount,
      taken: scores.length,
      ...(last ? { last } : {}),
      ...(best ? { best } : {}),
    };
  });
}
