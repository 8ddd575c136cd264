/** What a screen needs to offer a pack: its exam, domains and fixed exams, without the questions. */
import { z } from 'zod';
import { domainInfoSchema, domainInfo } from '../views/exam-view.ts';
import type { Pack } from './model.ts';

export const packSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().optional(),
  questionCount: z.number().int(),
  examQuestionCount: z.number().int(),
  durationMinutes: z.number(),
  passingScaledScore: z.number(),
  domains: z.array(domainInfoSchema.extend({ questionCount: z.number().int() })),
  fixedExams: z.array(z.object({ id: z.string(), title: z.string(), questionCount: z.number().int() })),
  /** Questions in a domain drill. */
  drillSize: z.number().int(),
  /** The task statements and topics a custom drill can choose from, with their question counts. */
  tasks: z.array(z.object({ id: z.string(), domain: z.number().int(), title: z.string(), questionCount: z.number().int() })),
  topics: z.array(z.object({ topic: z.string(), questionCount: z.number().int() })),
});

export const DOMAIN_DRILL_SIZE = 20;

export type PackSummary = z.infer<typeof packSummarySchema>;

export function summarizePack(pack: Pack): PackSummary {
  return {
    id: pack.id,
    title: pack.title,
    ...(pack.description ? { description: pack.description } : {}),
    questionCount: pack.questions.length,
    examQuestionCount: pack.exam.questionCount,
    durationMinutes: pack.exam.durationMinutes,
    passingScaledScore: pack.exam.passingScaledScore,
    domains: domainInfo(pack).map((d) => ({ ...d, questionCount: pack.questions.filter((q) => q.domain === d.number).length })),
    fixedExams: pack.fixedExams.map((e) => ({ id: e.id, title: e.title, questionCount: e.questionIds.length })),
    drillSize: DOMAIN_DRILL_SIZE,
    tasks: pack.domains.flatMap((d) =>
      d.tasks.map((t) => ({ id: t.id, domain: d.number, title: t.title, questionCount: count((q) => q.task === t.id) })),
    ),
    topics: [...new Set(pack.questions.flatMap((q) => q.topics))]
      .sort()
      .map((topic) => ({ topic, questionCount: count((q) => q.topics.includes(topic)) })),
  };

  function count(where: (q: Pack['questions'][number]) => boolean): number {
    return pack.questions.filter(where).length;
  }
}
