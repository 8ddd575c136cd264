/** Running attempts: start one, read it, act on it, list them. */
import { z } from 'zod';
import { attemptActionSchema, attemptSummarySchema, examViewSchema, startRequestSchema } from '../../core/index.ts';
import { attemptRef, idSchema, type ChannelDefinition } from './define.ts';

export const attemptChannels = {
  /** Newest first, at most `limit`; unfinished attempts are always all included. */
  listAttempts: {
    request: z.strictObject({ limit: z.number().int().min(1).max(100_000).optional() }),
    response: z.object({ attempts: z.array(attemptSummarySchema), unfinished: z.array(attemptSummarySchema), total: z.number().int() }),
  },
  startAttempt: { request: z.strictObject({ packId: idSchema, start: startRequestSchema }), response: examViewSchema },
  getAttempt: { request: attemptRef, response: examViewSchema },
  act: { request: z.strictObject({ attemptId: idSchema, action: attemptActionSchema }), response: examViewSchema },
} satisfies Record<string, ChannelDefinition>;
