/** Progress: readiness, mastery, trends and timing; each question's history; the answers export. */
import { z } from 'zod';
import { progressViewSchema, questionHistorySchema } from '../../core/index.ts';
import { idSchema, type ChannelDefinition } from './define.ts';

export const progressChannels = {
  /** Everything the Progress screen shows for one pack (mock-exam trends count mock exams only). */
  getProgress: { request: z.strictObject({ packId: idSchema }), response: progressViewSchema },
  /** Per question: answered, missed, skipped, last seen and last missed, over every kind of attempt. */
  getQuestionHistory: {
    request: z.strictObject({ packId: idSchema, questionIds: z.array(idSchema).max(500) }),
    response: z.object({ packId: z.string(), histories: z.array(questionHistorySchema) }),
  },
  /** Every answer (or only the wrong ones) as CSV or JSON; all packs unless one is named. */
  exportAnswers: {
    request: z.strictObject({ format: z.enum(['csv', 'json']), packId: idSchema.optional(), filter: z.enum(['all', 'missed']).optional() }),
    response: z.object({
      filename: z.string().regex(/^[\w.-]+\.(csv|json)$/),
      mediaType: z.enum(['text/csv', 'application/json']),
      content: z.string(),
      answerCount: z.number().int(),
    }),
  },
} satisfies Record<string, ChannelDefinition>;
