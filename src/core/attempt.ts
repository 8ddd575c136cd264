/**
 * The attempt state machine: `reduceAttempt(attempt, action, now) -> attempt`. Pure: time comes
 * in as `now`, randomness as the seed stored on the attempt, so every attempt can be replayed.
 */
import type { Pack, Question } from './model.ts';
import { scoreItems, type AttemptResult } from './scoring.ts';
import { optionOrder, selectDrill, selectFixed, selectWeighted } from './selection.ts';

export interface AttemptItem {
  questionId: string;
  domain: number;
  task: string;
  /** Option ids in the order this attempt shows them. */
  optionIds: string[];
  /** The key at the time the attempt started, so a later pack edit cannot change a past score. */
  correctOptionIds: string[];
  choose: number;
}

export type AttemptKind = 'full' | 'fixed' | 'drill';
export type EndReason = 'submitted' | 'time-expired';

export interface Attempt {
  id: string;
  packId: string;
  packTitle: string;
  kind: AttemptKind;
  fixedExamId?: string;
  title: string;
  seed: number;
  items: AttemptItem[];
  answers: Record<string, string[]>;
  flagged: string[];
  /** Options the user struck out, per question: a study aid, never scored. */
  eliminated?: Record<string, string[]>;
  currentIndex: number;
  startedAt: number;
  durationMs: number;
  deadline: number;
  passingScaledScore: number;
  status: 'in-progress' | 'submitted';
  submittedAt?: number;
  endReason?: EndReason;
  result?: AttemptResult;
  /** Counts every change; lets storage and tests see that an action did something. */
  revision: number;
}

export type AttemptAction =
  | { type: 'answer'; questionId: string; optionIds: string[] }
  | { type: 'flag'; questionId: string; flagged: boolean }
  | { type: 'eliminate'; questionId: string; optionId: string; eliminated: boolean }
  | { type: 'navigate'; index: number }
  | { type: 'submit' }
  /** Sent when the client's clock reaches zero; ends the attempt only if the deadline has passed. */
  | { type: 'expire' };

export class AttemptError extends Error {
  constructor(
    readonly code: 'ended' | 'unknown-question' | 'invalid-answer' | 'invalid-index',
    message: string,
  ) {
    super(message);
  }
}

export type StartRequest =
  { kind: 'full' } | { kind: 'fixed'; fixedExamId: string } | { kind: 'drill'; domains?: number[]; questionIds?: string[]; count: number };

export interface StartContext {
  id: string;
  seed: number;
  now: number;
}

export function startAttempt(pack: Pack, request: StartRequest, context: StartContext): Attempt {
  const { id, seed, now } = context;
  let questions: Question[];
  let title: string;
  let durationMs: number;
  const fullDurationMs = pack.exam.durationMinutes * 60_000;
  if (request.kind === 'full') {
    questions = selectWeighted(pack, seed);
    title = 'Full-length exam (random)';
    durationMs = fullDurationMs;
  } else if (request.kind === 'fixed') {
    questions = selectFixed(pack, request.fixedExamId, seed);
    title = pack.fixedExams.find((e) => e.id === request.fixedExamId)!.title;
    durationMs = fullDurationMs;
  } else {
    questions = selectDrill(pack, seed, request, request.count);
    title = request.questionIds
      ? 'Retake of chosen questions'
      : `Domain drill (${(request.domains ?? []).map((d) => `D${d}`).join(', ') || 'all domains'})`;
    // Same pace as the real exam: two minutes a question, at least ten minutes.
    durationMs = Math.max(10 * 60_000, Math.round((fullDurationMs / pack.exam.questionCount) * questions.length));
  }
  return {
    id,
    packId: pack.id,
    packTitle: pack.title,
    kind: request.kind,
    ...(request.kind === 'fixed' ? { fixedExamId: request.fixedExamId } : {}),
    title,
    seed,
    items: questions.map((q) => ({
      questionId: q.id,
      domain: q.domain,
      task: q.task,
      optionIds: optionOrder(q, seed),
      correctOptionIds: q.options.filter((o) => o.correct).map((o) => o.id),
      choose: q.choose,
    })),
    answers: {},
    flagged: [],
    currentIndex: 0,
    startedAt: now,
    durationMs,
    deadline: now + durationMs,
    passingScaledScore: pack.exam.passingScaledScore,
    status: 'in-progress',
    revision: 0,
  };
}

function finish(attempt: Attempt, reason: EndReason, now: number): Attempt {
  return {
    ...attempt,
    status: 'submitted',
    endReason: reason,
    submittedAt: reason === 'time-expired' ? Math.min(now, attempt.deadline) : now,
    result: scoreItems(attempt.items, attempt.answers, attempt.passingScaledScore),
    revision: attempt.revision + 1,
  };
}

export function isExpired(attempt: Attempt, now: number): boolean {
  return attempt.status === 'in-progress' && now >= attempt.deadline;
}

/** Submits an attempt whose deadline has passed; returns it unchanged otherwise. */
export function settleAttempt(attempt: Attempt, now: number): Attempt {
  return isExpired(attempt, now) ? finish(attempt, 'time-expired', now) : attempt;
}

export function reduceAttempt(attempt: Attempt, action: AttemptAction, now: number): Attempt {
  if (attempt.status !== 'in-progress') throw new AttemptError('ended', `attempt ${attempt.id} has already ended`);
  // Past the deadline nothing but the automatic submission happens, whatever was asked.
  if (now >= attempt.deadline) return finish(attempt, 'time-expired', now);
  switch (action.type) {
    case 'expire':
      return attempt;
    case 'submit':
      return finish(attempt, 'submitted', now);
    case 'navigate': {
      if (!Number.isInteger(action.index) || action.index < 0 || action.index >= attempt.items.length) {
        throw new AttemptError('invalid-index', `question index ${action.index} is outside 0-${attempt.items.length - 1}`);
      }
      return action.index === attempt.currentIndex ? attempt : { ...attempt, currentIndex: action.index, revision: attempt.revision + 1 };
    }
    case 'flag': {
      itemOf(attempt, action.questionId);
      const others = attempt.flagged.filter((id) => id !== action.questionId);
      return { ...attempt, flagged: action.flagged ? [...others, action.questionId] : others, revision: attempt.revision + 1 };
    }
    case 'eliminate': {
      const item = itemOf(attempt, action.questionId);
      if (!item.optionIds.includes(action.optionId))
        throw new AttemptError('invalid-answer', `question ${item.questionId} has no option "${action.optionId}"`);
      const current = (attempt.eliminated?.[item.questionId] ?? []).filter((id) => id !== action.optionId);
      const next = action.eliminated ? [...current, action.optionId] : current;
      const eliminated = { ...attempt.eliminated, [item.questionId]: next };
      if (next.length === 0) delete eliminated[item.questionId];
      return { ...attempt, eliminated, revision: attempt.revision + 1 };
    }
    case 'answer': {
      const item = itemOf(attempt, action.questionId);
      const chosen = [...new Set(action.optionIds)];
      if (chosen.length !== action.optionIds.length) throw new AttemptError('invalid-answer', 'an option was chosen twice');
      const unknown = chosen.find((id) => !item.optionIds.includes(id));
      if (unknown !== undefined) throw new AttemptError('invalid-answer', `question ${item.questionId} has no option "${unknown}"`);
      if (chosen.length > item.choose)
        throw new AttemptError('invalid-answer', `question ${item.questionId} takes ${item.choose} answer(s), got ${chosen.length}`);
      const answers = { ...attempt.answers };
      if (chosen.length === 0) delete answers[item.questionId];
      else answers[item.questionId] = chosen;
      return { ...attempt, answers, revision: attempt.revision + 1 };
    }
  }
}

function itemOf(attempt: Attempt, questionId: string): AttemptItem {
  const item = attempt.items.find((i) => i.questionId === questionId);
  if (!item) throw new AttemptError('unknown-question', `question ${questionId} is not part of attempt ${attempt.id}`);
  return item;
}

export interface AttemptSummary {
  id: string;
  packId: string;
  packTitle: string;
  kind: AttemptKind;
  title: string;
  status: Attempt['status'];
  startedAt: number;
  deadline: number;
  submittedAt?: number;
  endReason?: EndReason;
  questionCount: number;
  answeredCount: number;
  result?: AttemptResult;
}

export function summarizeAttempt(attempt: Attempt): AttemptSummary {
  const { id, packId, packTitle, kind, title, status, startedAt, deadline, submittedAt, endReason, result } = attempt;
  return {
    id,
    packId,
    packTitle,
    kind,
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
