/** A question's history as data, for "missed 2 of 3 times, last on Nov 28". */
import { z } from 'zod';
import type { PackLedger } from './aggregates.ts';

export const questionHistorySchema = z.object({
  questionId: z.string(),
  /** Times answered (in submitted attempts of every kind), and how many of them were wrong. */
  seen: z.number().int(),
  missed: z.number().int(),
  /** Times it was shown and left unanswered (counted wrong in the score, not in `seen`). */
  skipped: z.number().int(),
  /** When it was last shown, and last answered wrong (epoch ms). */
  last: z.number().optional(),
  lastMissed: z.number().optional(),
});
export type QuestionHistory = z.infer<typeof questionHistorySchema>;

export function questionHistory(ledger: PackLedger | undefined, questionIds: readonly string[]): QuestionHistory[] {
  return questionIds.map((questionId) => {
    const stats = ledger?.questions[questionId];
    if (!stats) return { questionId, seen: 0, missed: 0, skipped: 0 };
    return {
      questionId,
      seen: stats.answered,
      missed: stats.answered - stats.correct,
      skipped: stats.skipped,
      last: stats.lastSeen,
      ...(stats.lastMissed !== undefined ? { lastMissed: stats.lastMissed } : {}),
    };
  });
}
