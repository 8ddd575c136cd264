/** The spaced-review schedule of missed questions: which are due now. */
import { z } from 'zod';
import { idSchema, type ChannelDefinition } from './define.ts';

export const spacedReviewChannels = {
  /**
   * Missed questions due for spaced review now (FSRS), in review order: just-missed first, then the
   * lowest recall probability. `nextDueAt`: when the next tracked question falls due, if any.
   */
  getDueQuestions: {
    request: z.strictObject({ packId: idSchema }),
    response: z.object({
      packId: z.string(),
      dueQuestionIds: z.array(z.string()),
      /** The due questions the next review session takes. */
      nextSessionIds: z.array(z.string()),
      trackedCount: z.number().int(),
      nextDueAt: z.number().optional(),
    }),
  },
} satisfies Record<string, ChannelDefinition>;
