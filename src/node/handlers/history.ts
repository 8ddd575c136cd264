import { attemptsJson, attemptsJsonFilename, historyCsv, historyCsvFilename, historyStats, type Attempt } from '../../core/index.ts';
import type { HandlerDeps, HandlerTable } from './deps.ts';

export function historyHandlers({
  lifecycle,
  packs,
  now,
  store,
}: HandlerDeps): HandlerTable<'getHistory' | 'exportHistory' | 'exportAttempts'> {
  return {
    getHistory: async ({ packId, limit = 200 }) => {
      await lifecycle.settleExpired();
      const all = lifecycle.newestFirst();
      // The pass mark is the pack's own: of the pack asked for, else of the first pack loaded.
      const pack = packId ? packs.find(packId) : packs.list()[0];
      return { ...historyStats(all, packId, pack?.exam.passingScaledScore), attempts: all.slice(0, limit), total: all.length };
    },
    exportHistory: async () => {
      const attempts = lifecycle.newestFirst().reverse();
      const domains = [...new Set(packs.list().flatMap((p) => p.domains.map((d) => d.number)))].sort((a, b) => a - b);
      return { filename: historyCsvFilename(now()), csv: historyCsv(attempts, domains) };
    },
    exportAttempts: async () => {
      await lifecycle.settleExpired();
      const full: Attempt[] = [];
      // An attempt file that cannot be read is set aside by the store (with a notice) and left out.
      for (const summary of lifecycle.newestFirst())
        full.push(
          ...(await store.load(summary.id).then(
            (a) => [a],
            () => [],
          )),
        );
      return { filename: attemptsJsonFilename(now()), json: attemptsJson(full, now()) };
    },
  };
}
