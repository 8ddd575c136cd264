import { dueQuestionIds, nextReviewSession } from '../../core/index.ts';
import type { HandlerDeps, HandlerTable } from './deps.ts';

export function spacedReviewHandlers({ packs, schedule, scheduleReady, now }: HandlerDeps): HandlerTable<'getDueQuestions'> {
  return {
    getDueQuestions: async ({ packId }) => {
      const pack = packs.get(packId);
      await scheduleReady();
      const ids = new Set(pack.questions.map((q) => q.id));
      const due = dueQuestionIds(schedule.records(), packId, now(), (id) => ids.has(id));
      return {
        packId,
        dueQuestionIds: due,
        nextSessionIds: nextReviewSession(due),
        trackedCount: Object.keys(schedule.records()[packId] ?? {}).length,
      };
    },
  };
}
