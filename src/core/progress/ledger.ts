/**
 * The per-question ledger: one entry for every question of every submitted attempt, with what
 * the pack said of the question at the time (domain, task, topics). Derived data: the node side
 * keeps it in its own files, updates it on submit and rebuilds it from the attempts.
 */
import { z } from 'zod';
import type { Attempt } from '../attempt/schema.ts';
import { questionIndex, type Pack, type Question } from '../pack/model.ts';
import { isAnswerCorrect } from '../rules/score-rules.ts';

export const ledgerAnswerSchema = z.object({
  questionId: z.string(),
  domain: z.number().int(),
  task: z.string(),
  topics: z.array(z.string()),
  /** Empty when the question was left unanswered (it counts as wrong in the score). */
  chosen: z.array(z.string()),
  correct: z.boolean(),
  /** Milliseconds spent on the question, when the attempt recorded it. */
  timeMs: z.number().min(0).optional(),
  flagged: z.boolean().optional(),
});

/** A kind is any string: kinds added later pass through, and only `isMockExam` sorts them. */
export const ledgerAttemptSchema = z.object({
  attemptId: z.string(),
  kind: z.string(),
  packId: z.string(),
  title: z.string(),
  submittedAt: z.number(),
  answers: z.array(ledgerAnswerSchema),
});

export type LedgerAnswer = z.infer<typeof ledgerAnswerSchema>;
export type LedgerAttempt = z.infer<typeof ledgerAttemptSchema>;
/** One row of the ledger: an answer with the attempt it belongs to. */
export type LedgerEntry = LedgerAnswer & Pick<LedgerAttempt, 'attemptId' | 'kind' | 'packId' | 'submittedAt'>;

/** Packs are immutable once loaded: their question index is built once (a rebuild reads thousands of attempts). */
const indexes = new WeakMap<Pack, Map<string, Question>>();
function questionsOf(pack: Pack): Map<string, Question> {
  let index = indexes.get(pack);
  if (!index) indexes.set(pack, (index = questionIndex(pack)));
  return index;
}

/** The ledger's entries for a submitted attempt; undefined while it is in progress. */
export function ledgerAttemptOf(attempt: Attempt, pack: Pack | undefined): LedgerAttempt | undefined {
  if (attempt.status !== 'submitted') return undefined;
  const questions = pack && pack.id === attempt.packId ? questionsOf(pack) : new Map<string, Question>();
  const times = attempt.answerTimes ?? {};
  return {
    attemptId: attempt.id,
    kind: attempt.kind,
    packId: attempt.packId,
    title: attempt.title,
    submittedAt: attempt.submittedAt ?? attempt.deadline,
    answers: attempt.items.map((item) => {
      const chosen = attempt.answers[item.questionId] ?? [];
      const time = times[item.questionId];
      return {
        questionId: item.questionId,
        domain: item.domain,
        task: item.task,
        topics: questions.get(item.questionId)?.topics ?? [],
        chosen: [...chosen],
        correct: isAnswerCorrect(item.correctOptionIds, chosen),
        ...(time !== undefined ? { timeMs: time } : {}),
        ...(attempt.flagged.includes(item.questionId) ? { flagged: true } : {}),
      };
    }),
  };
}

export function* entriesOf(line: LedgerAttempt): Generator<LedgerEntry> {
  const { attemptId, kind, packId, submittedAt } = line;
  for (const answer of line.answers) yield { attemptId, kind, packId, submittedAt, ...answer };
}

/** A 32-bit FNV-1a hash of an attempt id; XOR-ed together they fingerprint a set of attempts. */
export function attemptIdHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

export function coverageOf(ids: Iterable<string>): { count: number; digest: number } {
  let count = 0;
  let digest = 0;
  for (const id of ids) {
    count++;
    digest = (digest ^ attemptIdHash(id)) >>> 0;
  }
  return { count, digest };
}
