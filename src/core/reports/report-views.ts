/** What the reports screen shows beside each report (the question), and the JSON export of them all. */
import { z } from 'zod';
import type { Pack } from '../pack/model.ts';
import type { QuestionReport } from './question-report.ts';

export const reportedQuestionSchema = z.object({
  packId: z.string(),
  questionId: z.string(),
  packTitle: z.string(),
  /** The stem as one line of plain text, cut short; empty when the pack or the question is gone. */
  stemExcerpt: z.string(),
  /** False when the pack is not loaded or no longer has the question. */
  available: z.boolean(),
});
export type ReportedQuestion = z.infer<typeof reportedQuestionSchema>;

/** A question's Markdown as a short line of plain text (no markup reaches the screen). */
export function plainExcerpt(markdown: string, max = 200): string {
  const text = markdown
    .replace(/```[^\n]*\n([\s\S]*?)```/g, (_m, code: string) => ` ${code} `)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, (_m, alt: string) => `[image${alt ? `: ${alt}` : ''}]`)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`|^#+\s*/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** One entry per reported question (a question reported twice is described once). */
export function reportedQuestions(reports: readonly QuestionReport[], findPack: (id: string) => Pack | undefined): ReportedQuestion[] {
  const seen = new Map<string, ReportedQuestion>();
  for (const { packId, questionId } of reports) {
    const key = `${packId}/${questionId}`;
    if (seen.has(key)) continue;
    const pack = findPack(packId);
    const question = pack?.questions.find((q) => q.id === questionId);
    seen.set(key, {
      packId,
      questionId,
      packTitle: pack?.title ?? packId,
      stemExcerpt: question ? plainExcerpt(question.stem) : '',
      available: question !== undefined,
    });
  }
  return [...seen.values()];
}

export const reportsJsonFilename = (now: number) => `proctor-question-reports-${new Date(now).toISOString().slice(0, 10)}.json`;

/**
 * Every report with its question's text, as a document the pack's authors can read: the stable
 * ids first, then the user's words, the dates as ISO strings.
 */
export function reportsJson(reports: readonly QuestionReport[], questions: readonly ReportedQuestion[], now: number): string {
  const about = new Map(questions.map((q) => [`${q.packId}/${q.questionId}`, q]));
  const items = reports.map((r) => {
    const question = about.get(`${r.packId}/${r.questionId}`);
    return {
      id: r.id,
      packId: r.packId,
      packTitle: question?.packTitle ?? r.packId,
      questionId: r.questionId,
      stem: question?.stemExcerpt ?? '',
      ...(r.attemptId ? { attemptId: r.attemptId } : {}),
      kind: r.kind,
      note: r.note,
      createdAt: new Date(r.createdAt).toISOString(),
      ...(r.updatedAt !== undefined ? { updatedAt: new Date(r.updatedAt).toISOString() } : {}),
    };
  });
  const doc = { format: 'proctor-question-reports', version: 1, exportedAt: new Date(now).toISOString(), reports: items };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
