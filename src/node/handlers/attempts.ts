import { reduceAttempt, startAttempt, summarizeAttempt, toExamView } from '../../core/index.ts';
import type { HandlerDeps, HandlerTable } from './deps.ts';

export function attemptHandlers(deps: HandlerDeps): HandlerTable<'listAttempts' | 'startAttempt' | 'getAttempt' | 'act'> {
  const { store, lifecycle, packs, now } = deps;
  return {
    listAttempts: async ({ limit }) => {
      await lifecycle.settleExpired();
      const all = lifecycle.newestFirst();
      // The index is written when an attempt starts or ends; how far an unfinished one got is read from its file.
      const unfinished = await Promise.all(
        all.filter((a) => a.status === 'in-progress').map((a) => store.load(a.id).then(summarizeAttempt, () => a)),
      );
      return { attempts: limit ? all.slice(0, limit) : all, unfinished, total: all.length };
    },
    startAttempt: async ({ packId, start }) => {
      const pack = packs.get(packId);
      const at = now();
      const id = deps.newId(at);
      const attempt = startAttempt(pack, start, { id, seed: deps.newSeed(), now: at });
      await store.withAttempt(id, () => store.save(attempt));
      return toExamView(attempt, pack, at);
    },
    getAttempt: async ({ attemptId }) =>
      store.withAttempt(attemptId, async () => {
        const attempt = await lifecycle.loadSettled(attemptId);
        return toExamView(attempt, packs.get(attempt.packId), now());
      }),
    act: async ({ attemptId, action }) =>
      store.withAttempt(attemptId, async () => {
        const attempt = await lifecycle.loadSettled(attemptId);
        const at = now();
        const next = reduceAttempt(attempt, action, at);
        await lifecycle.persist(attempt, next);
        return toExamView(next, packs.get(next.packId), at);
      }),
  };
}
