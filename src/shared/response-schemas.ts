/**
 * Response schemas of the contract. The compiler checks each against its response type, and the
 * main process checks every answer against them when asked (tests and `serve` test runs do), so
 * the renderer can rely on the shapes it is sent.
 */
import { z } from 'zod';
import type { ChannelName } from './channels.ts';
import type { ResponseTypes } from './contract.ts';

const domainScore = z.object({ domain: z.number().int(), correct: z.number().int(), total: z.number().int() });
const result = z.object({
  correct: z.number().int(),
  total: z.number().int(),
  unanswered: z.number().int(),
  percent: z.number(),
  scaledScore: z.number(),
  passingScaledScore: z.number(),
  passed: z.boolean(),
  byDomain: z.array(domainScore),
});
const summary = z.object({
  id: z.string(),
  packId: z.string(),
  packTitle: z.string(),
  kind: z.enum(['full', 'fixed', 'drill']),
  title: z.string(),
  status: z.enum(['in-progress', 'submitted']),
  startedAt: z.number(),
  deadline: z.number(),
  submittedAt: z.number().optional(),
  endReason: z.enum(['submitted', 'time-expired']).optional(),
  questionCount: z.number().int(),
  answeredCount: z.number().int(),
  result: result.optional(),
});
const examView = z.strictObject({
  summary,
  currentIndex: z.number().int().min(0),
  remainingMs: z.number().min(0),
  durationMs: z.number(),
  answers: z.record(z.string(), z.array(z.string())),
  flagged: z.array(z.string()),
  eliminated: z.record(z.string(), z.array(z.string())),
  questions: z.array(
    z.strictObject({
      questionId: z.string(),
      stem: z.string(),
      type: z.enum(['single', 'multiple']),
      choose: z.number().int().min(1),
      // No keys or explanations may reach the renderer during an exam.
      options: z.array(z.strictObject({ id: z.string(), text: z.string() })),
    }),
  ),
});
const domainInfo = z.object({ number: z.number().int(), title: z.string(), weight: z.number() });
const reviewView = z.object({
  summary,
  durationMs: z.number(),
  timeUsedMs: z.number(),
  domains: z.array(domainInfo),
  items: z.array(
    z.object({
      number: z.number().int(),
      questionId: z.string(),
      domain: z.number().int(),
      task: z.string(),
      available: z.boolean(),
      stem: z.string(),
      type: z.enum(['single', 'multiple']),
      choose: z.number().int(),
      options: z.array(z.object({ id: z.string(), text: z.string(), explanation: z.string(), correct: z.boolean(), chosen: z.boolean() })),
      references: z.array(z.string()),
      topics: z.array(z.string()),
      answered: z.boolean(),
      correct: z.boolean(),
      flagged: z.boolean(),
    }),
  ),
});
const notice = z.object({ level: z.enum(['info', 'warning', 'error']), message: z.string(), at: z.number() });
const backup = z.object({ name: z.string(), createdAt: z.number(), reason: z.string() });
export const questionReportSchema = z.object({
  id: z.string(),
  packId: z.string(),
  questionId: z.string(),
  attemptId: z.string().optional(),
  kind: z.enum(['wrong-key', 'unclear', 'outdated', 'other']),
  note: z.string(),
  createdAt: z.number(),
});

export const responseSchemas = {
  getAppInfo: z.object({ version: z.string(), dataDir: z.string(), transport: z.enum(['electron', 'http']), notices: z.array(notice) }),
  listPacks: z.object({
    packs: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        description: z.string().optional(),
        questionCount: z.number().int(),
        examQuestionCount: z.number().int(),
        durationMinutes: z.number(),
        passingScaledScore: z.number(),
        domains: z.array(domainInfo.extend({ questionCount: z.number().int() })),
        fixedExams: z.array(z.object({ id: z.string(), title: z.string(), questionCount: z.number().int() })),
      }),
    ),
    problems: z.array(z.object({ folder: z.string(), errors: z.array(z.string()) })),
  }),
  listAttempts: z.object({ attempts: z.array(summary), unfinished: z.array(summary), total: z.number().int() }),
  startAttempt: examView,
  getAttempt: examView,
  act: examView,
  getReview: reviewView,
  getHistory: z.object({
    attemptCount: z.number().int(),
    series: z.array(
      z.object({
        attemptId: z.string(),
        title: z.string(),
        submittedAt: z.number(),
        scaledScore: z.number(),
        percent: z.number(),
        passed: z.boolean(),
      }),
    ),
    recentAttemptIds: z.array(z.string()),
    domains: z.array(
      z.object({
        domain: z.number().int(),
        recent: z.array(z.number().nullable()),
        correct: z.number().int(),
        total: z.number().int(),
        percent: z.number(),
      }),
    ),
    recentAverage: z.number().optional(),
    bestScore: z.number().optional(),
    passCount: z.number().int(),
    attempts: z.array(summary),
    total: z.number().int(),
  }),
  checkData: z.object({ checkedFiles: z.number().int(), problems: z.array(z.string()) }),
  listBackups: z.object({ dataDir: z.string(), backups: z.array(backup) }),
  restoreBackup: z.object({ restored: backup }),
  reportQuestion: z.object({ report: questionReportSchema }),
  listReports: z.object({ reports: z.array(questionReportSchema) }),
  getDueQuestions: z.object({ packId: z.string(), dueQuestionIds: z.array(z.string()), trackedCount: z.number().int() }),
  exportHistory: z.object({ filename: z.string().regex(/^[\w.-]+\.csv$/), csv: z.string() }),
} satisfies { [K in ChannelName]: z.ZodType<ResponseTypes[K]> };
