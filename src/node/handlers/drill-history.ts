/** The user's history with a pack, as custom drills, retakes and reviews draw from it. */
import {
  drillHistoryOf,
  dueQuestionIds,
  NotFoundError,
  type DrillHistory,
  type StartHistory,
  type StartRequest,
} from '../../core/index.ts';
import type { HandlerDeps } from './deps.ts';

export async function drillHistory(deps: HandlerDeps, packId: string): Promise<DrillHistory> {
  const pack = deps.packs.get(packId);
  await Promise.all([deps.scheduleReady(), deps.ledgerReady()]);
  const ids = new Set(pack.questions.map((q) => q.id));
  const due = dueQuestionIds(deps.schedule.schedule(), packId, deps.now(), (id) => ids.has(id));
  return drillHistoryOf(pack, deps.ledger.summary(packId), due);
}

/** Only what a start request draws on is read: a mock exam needs no history at all. */
export async function startHistory(deps: HandlerDeps, packId: string, start: StartRequest): Promise<StartHistory | undefined> {
  if (start.kind === 'custom' || start.kind === 'review') return { drill: await drillHistory(deps, packId) };
  if (start.kind !== 'retake') return undefined;
  const fromAttempt = await deps.store.load(start.fromAttemptId);
  if (fromAttempt.packId !== packId) throw new NotFoundError(`attempt ${start.fromAttemptId} is not an attempt on pack "${packId}"`);
  return { drill: await drillHistory(deps, packId), fromAttempt };
}
