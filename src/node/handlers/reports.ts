import { NotFoundError } from '../../core/index.ts';
import type { HandlerDeps, HandlerTable } from './deps.ts';

export function reportHandlers({ packs, reports, now, newId }: HandlerDeps): HandlerTable<'reportQuestion' | 'listReports'> {
  return {
    reportQuestion: async (request) => {
      const pack = packs.get(request.packId);
      if (!pack.questions.some((q) => q.id === request.questionId))
        throw new NotFoundError(`pack "${pack.id}" has no question "${request.questionId}"`);
      const at = now();
      const report = { ...request, id: newId(at, 3), createdAt: at };
      await reports.add(report);
      return { report };
    },
    listReports: async ({ packId }) => ({ reports: reports.list(packId) }),
  };
}
