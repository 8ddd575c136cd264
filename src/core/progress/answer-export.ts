/** Every answer of the ledger as CSV or JSON, for other tools (a deck of missed questions, a sheet). */
import { csvCell } from '../history/csv.ts';
import type { LedgerEntry } from './ledger.ts';

export const ANSWER_CSV_HEADER = [
  'submitted',
  'attempt_id',
  'kind',
  'pack',
  'question_id',
  'domain',
  'task',
  'topics',
  'chosen',
  'correct',
  'time_seconds',
];

export function answerCsvRow(e: LedgerEntry): string {
  return [
    new Date(e.submittedAt).toISOString(),
    e.attemptId,
    e.kind,
    e.packId,
    e.questionId,
    e.domain,
    e.task,
    e.topics.join(';'),
    e.chosen.join(''),
    e.correct,
    e.timeMs !== undefined ? Math.round(e.timeMs / 100) / 10 : undefined,
  ]
    .map(csvCell)
    .join(',');
}

export function answerJson(e: LedgerEntry) {
  return {
    submittedAt: new Date(e.submittedAt).toISOString(),
    attemptId: e.attemptId,
    kind: e.kind,
    packId: e.packId,
    questionId: e.questionId,
    domain: e.domain,
    task: e.task,
    topics: e.topics,
    chosen: e.chosen,
    correct: e.correct,
    ...(e.timeMs !== undefined ? { timeTakenMs: e.timeMs } : {}),
  };
}

export type AnswerFilter = 'all' | 'missed';
export const keepAnswer = (filter: AnswerFilter) => (e: LedgerEntry) => filter === 'all' || !e.correct;

export function answersCsv(entries: Iterable<LedgerEntry>, filter: AnswerFilter = 'all'): string {
  const rows = [ANSWER_CSV_HEADER.join(',')];
  for (const e of entries) if (keepAnswer(filter)(e)) rows.push(answerCsvRow(e));
  return rows.join('\r\n') + '\r\n';
}

export function answersJson(entries: Iterable<LedgerEntry>, filter: AnswerFilter = 'all'): string {
  const rows: ReturnType<typeof answerJson>[] = [];
  for (const e of entries) if (keepAnswer(filter)(e)) rows.push(answerJson(e));
  return JSON.stringify({ format: 'proctor-answers', version: 1, answers: rows }, null, 1);
}

/** proctor-answers-2026-12-01.csv */
export function answersFilename(now: number, format: 'csv' | 'json'): string {
  return `proctor-answers-${new Date(now).toISOString().slice(0, 10)}.${format}`;
}
