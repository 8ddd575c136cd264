/**
 * What the Progress figures read: per-question aggregates, a window of recent results per task
 * statement, a capped log of recent answers (for readiness) and the latest mock exams' domain
 * scores. Its size depends on the bank, not on the history, so the figures cost the same at 10
 * or 10,000 attempts. `foldAttempt` adds one attempt in place: the store owns the draft, and a
 * rebuild folds thousands of attempts.
 */
import { z } from 'zod';
import { isMockExam } from '../rules/attempt-kinds.ts';
import { attemptIdHash, type LedgerAttempt } from './ledger.ts';

export const RECENT_ANSWERS_KEPT = 3000;
export const MOCK_EXAMS_KEPT = 200;
export const TASK_WINDOW = 40;

export const questionStatsSchema = z.object({
  /** As the pack said at the latest answer. */
  domain: z.number().int(),
  task: z.string(),
  topics: z.array(z.string()),
  answered: z.number().int().min(0),
  correct: z.number().int().min(0),
  /** Shown but left unanswered (not counted in `answered`). */
  skipped: z.number().int().min(0),
  lastSeen: z.number(),
  lastMissed: z.number().optional(),
  timeMs: z.number().min(0),
  timed: z.number().int().min(0),
  /** How often it was flagged for review (a source of custom drills). */
  flagged: z.number().int().min(0).optional(),
});

/** [questionId, domain, right (1) or wrong (0), submittedAt, earlier answers to the question]. */
export const recentAnswerSchema = z.tuple([
  z.string(),
  z.number().int(),
  z.union([z.literal(0), z.literal(1)]),
  z.number(),
  z.number().int().min(0),
]);

export const mockScoreSchema = z.object({
  attemptId: z.string(),
  kind: z.string(),
  title: z.string(),
  submittedAt: z.number(),
  /** [domain, right, questions] */
  byDomain: z.array(z.tuple([z.number().int(), z.number().int(), z.number().int()])),
});

export const packLedgerSchema = z.object({
  questions: z.record(z.string(), questionStatsSchema),
  /** Task id -> its latest results, oldest first, "1" right and "0" wrong. */
  tasks: z.record(z.string(), z.string().regex(/^[01]*$/)),
  recent: z.array(recentAnswerSchema),
  mocks: z.array(mockScoreSchema),
  attempts: z.number().int().min(0),
  mockCount: z.number().int().min(0),
  answers: z.number().int().min(0),
});

export const ledgerSummarySchema = z.object({
  packs: z.record(z.string(), packLedgerSchema),
  /** Which attempts are folded in: how many, and the XOR of their id hashes. */
  covered: z.object({ count: z.number().int().min(0), digest: z.number().int().min(0) }),
});

export type QuestionStats = z.infer<typeof questionStatsSchema>;
export type PackLedger = z.infer<typeof packLedgerSchema>;
export type LedgerSummary = z.infer<typeof ledgerSummarySchema>;
export type MockScore = z.infer<typeof mockScoreSchema>;

export const emptyLedgerSummary = (): LedgerSummary => ({ packs: {}, covered: { count: 0, digest: 0 } });
export const emptyPackLedger = (): PackLedger => ({
  questions: {},
  tasks: {},
  recent: [],
  mocks: [],
  attempts: 0,
  mockCount: 0,
  answers: 0,
});

export function foldAttempt(draft: LedgerSummary, line: LedgerAttempt): void {
  const pack = (draft.packs[line.packId] ??= emptyPackLedger());
  const at = line.submittedAt;
  const byDomain = new Map<number, [number, number, number]>();
  for (const answer of line.answers) {
    const score = byDomain.get(answer.domain) ?? [answer.domain, 0, 0];
    score[2]++;
    if (answer.correct) score[1]++;
    byDomain.set(answer.domain, score);
    const before = pack.questions[answer.questionId];
    const stats: QuestionStats = before ?? {
      domain: 0,
      task: '',
      topics: [],
      answered: 0,
      correct: 0,
      skipped: 0,
      lastSeen: 0,
      timeMs: 0,
      timed: 0,
    };
    const prior = stats.answered;
    Object.assign(stats, { domain: answer.domain, task: answer.task, topics: answer.topics, lastSeen: Math.max(stats.lastSeen, at) });
    if (answer.timeMs !== undefined) {
      stats.timeMs += answer.timeMs;
      stats.timed++;
    }
    if (answer.flagged) stats.flagged = (stats.flagged ?? 0) + 1;
    pack.questions[answer.questionId] = stats;
    if (answer.chosen.length === 0) {
      stats.skipped++;
      continue;
    }
    stats.answered++;
    pack.answers++;
    if (answer.correct) stats.correct++;
    else stats.lastMissed = Math.max(stats.lastMissed ?? 0, at);
    pack.tasks[answer.task] = ((pack.tasks[answer.task] ?? '') + (answer.correct ? '1' : '0')).slice(-TASK_WINDOW);
    pack.recent.push([answer.questionId, answer.domain, answer.correct ? 1 : 0, at, prior]);
  }
  if (pack.recent.length > RECENT_ANSWERS_KEPT * 1.2) pack.recent.splice(0, pack.recent.length - RECENT_ANSWERS_KEPT);
  pack.attempts++;
  if (isMockExam(line.kind)) {
    pack.mockCount++;
    pack.mocks.push({
      attemptId: line.attemptId,
      kind: line.kind,
      title: line.title,
      submittedAt: at,
      byDomain: [...byDomain.values()].sort((a, b) => a[0] - b[0]),
    });
    if (pack.mocks.length > MOCK_EXAMS_KEPT) pack.mocks.splice(0, pack.mocks.length - MOCK_EXAMS_KEPT);
  }
  draft.covered = { count: draft.covered.count + 1, digest: (draft.covered.digest ^ attemptIdHash(line.attemptId)) >>> 0 };
}
