/**
 * The attempt state machine: `reduceAttempt(attempt, action, now) -> attempt`. Pure: time comes
 * in as `now`, randomness as the seed stored on the attempt, so every attempt can be replayed.
 */
import { ProctorError } from '../errors.ts';
import { answerProblem, withAnswer, withFlag, withoutStrikeOutsOf, withStrikeOut } from '../rules/answer-rules.ts';
import { scoreItems } from '../scoring/scoring.ts';
import type { Attempt, AttemptAction, AttemptItem, EndReason } from './schema.ts';

/** A rule of the attempt refused an action; an ended attempt is a conflict, the rest bad requests. */
export class AttemptError extends ProctorError {
  constructor(
    readonly reason: 'ended' | 'unknown-question' | 'invalid-answer' | 'invalid-index',
    message: string,
  ) {
    super(reason === 'ended' ? 'conflict' : 'invalid-request', message);
  }
}

/** One visit to a question counts at most this long: a laptop left open is not a slow answer. */
export const VISIT_CAP_MS = 15 * 60_000;

/** Adds the time since the current question was shown to its total, and starts a new visit. */
function withTimeSpent(attempt: Attempt, now: number): Partial<Attempt> {
  const item = attempt.items[attempt.currentIndex];
  if (!item || attempt.viewedAt === undefined || attempt.pausedAt !== undefined) return { viewedAt: now };
  const spent = Math.min(VISIT_CAP_MS, Math.max(0, now - attempt.viewedAt));
  const before = attempt.answerTimes?.[item.questionId] ?? 0;
  return { viewedAt: now, answerTimes: { ...attempt.answerTimes, [item.questionId]: before + spent } };
}

/** While paused the clock stands still: the deadline moves with the pause. */
export function deadlineAt(attempt: Attempt, now: number): number {
  return attempt.pausedAt === undefined ? attempt.deadline : attempt.deadline + Math.max(0, now - attempt.pausedAt);
}

function practiceOnly(attempt: Attempt, what: string): void {
  if (attempt.feedback !== 'practice')
    throw new AttemptError('invalid-answer', `${what} is for practice; a mock exam runs like the real one`);
}

function finish(attempt: Attempt, reason: EndReason, now: number): Attempt {
  const end = reason === 'time-expired' ? Math.min(now, deadlineAt(attempt, now)) : now;
  return {
    ...attempt,
    ...withTimeSpent(attempt, end),
    pausedAt: undefined,
    status: 'submitted',
    endReason: reason,
    submittedAt: end,
    result: scoreItems(attempt.items, attempt.answers, attempt.passingScaledScore),
    revision: attempt.revision + 1,
  };
}

export function isExpired(attempt: Attempt, now: number): boolean {
  return attempt.status === 'in-progress' && now >= deadlineAt(attempt, now);
}

/** Submits an attempt whose deadline has passed; returns it unchanged otherwise. */
export function settleAttempt(attempt: Attempt, now: number): Attempt {
  return isExpired(attempt, now) ? finish(attempt, 'time-expired', now) : attempt;
}

export function reduceAttempt(attempt: Attempt, action: AttemptAction, now: number): Attempt {
  if (attempt.status !== 'in-progress') throw new AttemptError('ended', `attempt ${attempt.id} has already ended`);
  // Past the deadline nothing but the automatic submission happens, whatever was asked.
  if (now >= deadlineAt(attempt, now)) return finish(attempt, 'time-expired', now);
  const changed = (fields: Partial<Attempt>): Attempt => ({ ...attempt, ...fields, revision: attempt.revision + 1 });
  switch (action.type) {
    case 'expire':
      return attempt;
    case 'submit':
      return finish(attempt, 'submitted', now);
    case 'navigate': {
      if (!Number.isInteger(action.index) || action.index < 0 || action.index >= attempt.items.length) {
        throw new AttemptError('invalid-index', `question index ${action.index} is outside 0-${attempt.items.length - 1}`);
      }
      return action.index === attempt.currentIndex ? attempt : changed({ ...withTimeSpent(attempt, now), currentIndex: action.index });
    }
    case 'check': {
      practiceOnly(attempt, 'checking an answer');
      const item = itemOf(attempt, action.questionId);
      if (attempt.checked?.includes(item.questionId)) return attempt;
      return changed({ ...withTimeSpent(attempt, now), checked: [...(attempt.checked ?? []), item.questionId] });
    }
    case 'pause':
      practiceOnly(attempt, 'pausing');
      return attempt.pausedAt !== undefined ? attempt : changed({ ...withTimeSpent(attempt, now), pausedAt: now });
    case 'resume': {
      if (attempt.pausedAt === undefined) return attempt;
      const { pausedAt: _paused, ...running } = attempt;
      return { ...running, deadline: deadlineAt(attempt, now), viewedAt: now, revision: attempt.revision + 1 };
    }
    case 'scratch':
      return changed({ scratch: action.text });
    case 'flag':
      itemOf(attempt, action.questionId);
      return changed({ flagged: withFlag(attempt.flagged, action.questionId, action.flagged) });
    case 'eliminate': {
      const item = itemOf(attempt, action.questionId);
      if (!item.optionIds.includes(action.optionId))
        throw new AttemptError('invalid-answer', `question ${item.questionId} has no option "${action.optionId}"`);
      return changed({ eliminated: withStrikeOut(attempt.eliminated, item.questionId, action.optionId, action.eliminated) });
    }
    case 'answer': {
      const item = itemOf(attempt, action.questionId);
      if (attempt.checked?.includes(item.questionId))
        throw new AttemptError('invalid-answer', `question ${item.questionId} was checked: its answer is final`);
      const problem = answerProblem(item.questionId, action.optionIds, item.optionIds, item.choose);
      if (problem) throw new AttemptError('invalid-answer', problem);
      return changed({
        answers: withAnswer(attempt.answers, item.questionId, action.optionIds),
        ...(attempt.eliminated ? { eliminated: withoutStrikeOutsOf(attempt.eliminated, item.questionId, action.optionIds) } : {}),
      });
    }
  }
}

function itemOf(attempt: Attempt, questionId: string): AttemptItem {
  const item = attempt.items.find((i) => i.questionId === questionId);
  if (!item) throw new AttemptError('unknown-question', `question ${questionId} is not part of attempt ${attempt.id}`);
  return item;
}
