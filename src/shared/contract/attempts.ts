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
  /** Discards an unfinished attempt or deletes a finished one, after a backup. */
  deleteAttempt: { request: attemptRef, response: z.object({ deleted: idSchema, backup: z.string().optional() }) },
  /** `revision`: the attempt's revision the screen last saw; if it changed since, nothing is done. */
  act: {
    request: z.strictObject({ attemptId: idSchema, action: attemptActionSchema, revision: z.number().int().min(0).optional() }),
    response: examViewSchema,
  },
} satisfies Record<string, ChannelDefinition>;
