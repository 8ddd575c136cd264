import { answersCsv, answersFilename, answersJson, keepAnswer, progressView, questionHistory } from '../../core/index.ts';
import type { HandlerDeps, HandlerTable } from './deps.ts';

export function progressHandlers({
  packs,
  ledger,
  ledgerReady,
  now,
}: HandlerDeps): HandlerTable<'getProgress' | 'getQuestionHistory' | 'exportAnswers'> {
  return {
    getProgress: async ({ packId }) => {
      const pack = packs.get(packId);
      await ledgerReady();
      return progressView(pack, ledger.summary(packId), now());
    },
    getQuestionHistory: async ({ packId, questionIds }) => {
      packs.get(packId);
      await ledgerReady();
      return { packId, histories: questionHistory(ledger.summary(packId), questionIds) };
    },
    exportAnswers: async ({ format, packId, filter = 'all' }) => {
      if (packId) packs.get(packId);
      await ledgerReady();
      const keep = keepAnswer(filter);
      const entries = await ledger.entries((e) => (!packId || e.packId === packId) && keep(e));
      const content = format === 'csv' ? answersCsv(entries) : answersJson(entries);
      return {
        filename: answersFilename(now(), format),
        mediaType: format === 'csv' ? 'text/csv' : 'application/json',
        content,
        answerCount: entries.length,
      };
    },
  };
}
