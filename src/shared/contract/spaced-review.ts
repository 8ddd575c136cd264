/** The spaced-review schedule of missed questions: which are due now. */
import { z } from 'zod';
import { idSchema, type ChannelDefinition } from './define.ts';

export const spacedReviewChannels = {
  /** Missed questions due for spaced review now, most-missed first. */
  getDueQuestions: {
    request: z.strictObject({ packId: idSchema }),
    response: z.object({
      packId: z.string(),
      dueQuestionIds: z.array(z.string()),
      /** The due questions the next review session takes. */
      nextSessionIds: z.array(z.string()),
      trackedCount: z.number().int(),
    }),
  },
} satisfies Record<string, ChannelDefinition>;
