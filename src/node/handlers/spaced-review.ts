import { dueQuestionIds, nextDueAt, nextReviewSession } from '../../core/index.ts';
import type { HandlerDeps, HandlerTable } from './deps.ts';

export function spacedReviewHandlers({ packs, schedule, scheduleReady, now }: HandlerDeps): HandlerTable<'getDueQuestions'> {
  return {
    getDueQuestions: async ({ packId }) => {
      const pack = packs.get(packId);
      await scheduleReady();
      const ids = new Set(pack.questions.map((q) => q.id));
      const exists = (id: string) => ids.has(id);
      const at = now();
      const current = schedule.schedule();
      const next = nextDueAt(current, packId, at, exists);
      const due = dueQuestionIds(current, packId, at, exists);
      return {
        packId,
        dueQuestionIds: due,
        nextSessionIds: nextReviewSession(due),
        trackedCount: Object.keys(current.cards[packId] ?? {}).length,
        ...(next !== undefined ? { nextDueAt: next } : {}),
      };
    },
  };
}
