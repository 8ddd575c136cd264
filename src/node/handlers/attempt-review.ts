import { ConflictError, previousOfSameKind, toAttemptReviewView } from '../../core/index.ts';
import type { HandlerDeps, HandlerTable } from './deps.ts';

export function attemptReviewHandlers({ store, lifecycle, packs }: HandlerDeps): HandlerTable<'getAttemptReview'> {
  return {
    getAttemptReview: async ({ attemptId }) =>
      store.withAttempt(attemptId, async () => {
        const attempt = await lifecycle.loadSettled(attemptId);
        // No feedback during an attempt: the keys are shown only once it has ended.
        if (attempt.status === 'in-progress') throw new ConflictError('the review opens when the attempt has ended');
        return toAttemptReviewView(attempt, packs.find(attempt.packId), previousOfSameKind(lifecycle.newestFirst(), attempt));
      }),
  };
}
