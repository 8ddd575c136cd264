import { NotFoundError, reduceAttempt, StaleAttemptError, startAttempt, summarizeAttempt, toExamView } from '../../core/index.ts';
import type { HandlerDeps, HandlerTable } from './deps.ts';

type Channels = 'listAttempts' | 'startAttempt' | 'getAttempt' | 'act' | 'deleteAttempt';

export function attemptHandlers(deps: HandlerDeps): HandlerTable<Channels> {
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
    deleteAttempt: async ({ attemptId }) => {
      if (!store.summary(attemptId)) throw new NotFoundError(`no attempt "${attemptId}"`);
      // The file goes, but never without a copy: a restore from the backups brings it back.
      const backup = await deps.backups.backup('before-delete-attempt', true);
      await store.withAttempt(attemptId, () => store.remove(attemptId));
      await deps.rebuildDerived();
      return { deleted: attemptId, ...(backup ? { backup: backup.name } : {}) };
    },
    act: async ({ attemptId, action, revision }) =>
      store.withAttempt(attemptId, async () => {
        const attempt = await lifecycle.loadSettled(attemptId);
        // Two windows on one attempt: an action made on a screen that had not seen the other's changes.
        if (revision !== undefined && revision !== attempt.revision && attempt.status === 'in-progress') {
          throw new StaleAttemptError(`attempt ${attemptId} was changed in another window or tab`);
        }
        const at = now();
        const next = reduceAttempt(attempt, action, at);
        await lifecycle.persist(attempt, next);
        return toExamView(next, packs.get(next.packId), at);
      }),
  };
}
