/** The few fields of an attempt that lists and statistics need, kept in the index. */
import type { Attempt, AttemptSummary } from './schema.ts';

export function summarizeAttempt(attempt: Attempt): AttemptSummary {
  const { id, packId, packTitle, kind, title, status, startedAt, deadline, submittedAt, endReason, result } = attempt;
  return {
    id,
    packId,
    packTitle,
    kind,
    ...(attempt.fixedExamId !== undefined ? { fixedExamId: attempt.fixedExamId } : {}),
    ...(attempt.feedback !== undefined ? { feedback: attempt.feedback } : {}),
    ...(attempt.untimed ? { untimed: true } : {}),
    ...(attempt.pausedAt !== undefined ? { pausedAt: attempt.pausedAt } : {}),
    title,
    status,
    startedAt,
    deadline,
    ...(submittedAt !== undefined ? { submittedAt } : {}),
    ...(endReason ? { endReason } : {}),
    ...(result ? { result } : {}),
    questionCount: attempt.items.length,
    answeredCount: Object.keys(attempt.answers).length,
  };
}
