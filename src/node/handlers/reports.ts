import { NotFoundError, reportedQuestions, reportsJson, reportsJsonFilename } from '../../core/index.ts';
import type { HandlerDeps, HandlerTable } from './deps.ts';

type ReportChannels = 'reportQuestion' | 'listReports' | 'updateReport' | 'deleteReport' | 'exportReports';

export function reportHandlers({ packs, reports, now, newId }: HandlerDeps): HandlerTable<ReportChannels> {
  const newestFirst = (packId?: string) => reports.list(packId).sort((a, b) => b.createdAt - a.createdAt);
  const describe = (list: ReturnType<typeof newestFirst>) => reportedQuestions(list, (id) => packs.find(id));
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
    listReports: async ({ packId }) => {
      const list = newestFirst(packId);
      return { reports: list, questions: describe(list) };
    },
    updateReport: async (edit) => ({ report: await reports.update(edit, now()) }),
    deleteReport: async ({ reportId }) => {
      await reports.remove(reportId);
      return { deleted: true as const };
    },
    exportReports: async () => {
      const list = newestFirst();
      const at = now();
      return { filename: reportsJsonFilename(at), json: reportsJson(list, describe(list), at) };
    },
  };
}
