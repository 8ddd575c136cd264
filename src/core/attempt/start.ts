/** A new attempt from a pack and a start request: which questions, in what order, for how long. */
import type { Pack } from '../pack/model.ts';
import { NO_HISTORY } from '../selection/drill.ts';
import { optionOrder } from '../selection/selection.ts';
import { durationOf, PLANNERS, type Plan, type StartHistory } from './kinds.ts';
import type { Attempt, StartRequest } from './schema.ts';

export interface StartContext {
  id: string;
  seed: number;
  now: number;
  /** What custom drills, retakes and reviews draw from; none for the other kinds. */
  history?: StartHistory;
}

/** An untimed attempt's deadline: never reached. */
const NEVER = 100 * 365 * 24 * 3600_000;

export function planAttempt(pack: Pack, request: StartRequest, seed: number, history: StartHistory = { drill: NO_HISTORY }): Plan {
  const planner = PLANNERS[request.kind] as (pack: Pack, request: StartRequest, seed: number, history: StartHistory) => Plan;
  return planner(pack, request, seed, history);
}

export function startAttempt(pack: Pack, request: StartRequest, context: StartContext): Attempt {
  const { id, seed, now } = context;
  const plan = planAttempt(pack, request, seed, context.history);
  const durationMs = durationOf(plan.timing, pack, plan.questions.length);
  const practice = plan.feedback === 'practice';
  const reveal = 'reveal' in request ? request.reveal : undefined;
  return {
    id,
    packId: pack.id,
    packTitle: pack.title,
    kind: request.kind,
    ...(request.kind === 'fixed' ? { fixedExamId: request.fixedExamId } : {}),
    title: plan.title,
    seed,
    items: plan.questions.map((q) => ({
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
    viewedAt: now,
    ...(practice ? { feedback: 'practice' as const, reveal: reveal ?? 'on-check', checked: [] } : {}),
    ...(durationMs === undefined ? { untimed: true } : {}),
    startedAt: now,
    durationMs: durationMs ?? 0,
    deadline: now + (durationMs ?? NEVER),
    passingScaledScore: pack.exam.passingScaledScore,
    status: 'in-progress',
    revision: 0,
  };
}
