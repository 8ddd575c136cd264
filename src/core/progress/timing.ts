/** Time per question, from the answers whose time was recorded: per domain, and the slowest. */
import { z } from 'zod';
import type { Pack } from '../pack/model.ts';
import type { PackLedger } from './aggregates.ts';

export const SLOWEST_QUESTIONS = 10;

export const questionTimeSchema = z.object({
  questionId: z.string(),
  domain: z.number().int(),
  task: z.string(),
  averageMs: z.number(),
  timed: z.number().int(),
});
export const timingSchema = z.object({
  timedAnswers: z.number().int(),
  byDomain: z.array(z.object({ domain: z.number().int(), averageMs: z.number().nullable(), timed: z.number().int() })),
  slowest: z.array(questionTimeSchema),
});
export type Timing = z.infer<typeof timingSchema>;

export function timePerQuestion(pack: Pack, ledger: PackLedger): Timing {
  const domains = new Map(pack.domains.map((d) => [d.number, { ms: 0, timed: 0 }]));
  const questions: z.infer<typeof questionTimeSchema>[] = [];
  let timedAnswers = 0;
  for (const [questionId, stats] of Object.entries(ledger.questions)) {
    if (stats.timed === 0) continue;
    timedAnswers += stats.timed;
    const domain = domains.get(stats.domain);
    if (domain) {
      domain.ms += stats.timeMs;
      domain.timed += stats.timed;
    }
    questions.push({
      questionId,
      domain: stats.domain,
      task: stats.task,
      averageMs: Math.round(stats.timeMs / stats.timed),
      timed: stats.timed,
    });
  }
  return {
    timedAnswers,
    byDomain: [...domains.entries()].map(([domain, t]) => ({
      domain,
      averageMs: t.timed ? Math.round(t.ms / t.timed) : null,
      timed: t.timed,
    })),
    slowest: questions.sort((a, b) => b.averageMs - a.averageMs || a.questionId.localeCompare(b.questionId)).slice(0, SLOWEST_QUESTIONS),
  };
}
