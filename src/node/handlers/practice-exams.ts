import { practiceExamRecords, summarizePack } from '../../core/index.ts';
import type { HandlerDeps, HandlerTable } from './deps.ts';

export function practiceExamHandlers({ lifecycle, packs }: HandlerDeps): HandlerTable<'getPracticeExams'> {
  return {
    getPracticeExams: async ({ packId }) => {
      const pack = packs.get(packId);
      await lifecycle.settleExpired();
      return { packId, exams: practiceExamRecords(packId, summarizePack(pack).fixedExams, lifecycle.newestFirst()) };
    },
  };
}
