/** The history of attempts with its statistics, and its export. */
import { z } from 'zod';
import { attemptSummarySchema, historyStatsSchema } from '../../core/index.ts';
import { emptyRequest, idSchema, type ChannelDefinition } from './define.ts';

export const historyChannels = {
  /** The statistics cover every attempt; `attempts` lists the newest `limit` (default 200). */
  getHistory: {
    request: z.strictObject({ packId: idSchema.optional(), limit: z.number().int().min(1).max(100_000).optional() }),
    response: historyStatsSchema.extend({ attempts: z.array(attemptSummarySchema), total: z.number().int() }),
  },
  exportHistory: { request: emptyRequest, response: z.object({ filename: z.string().regex(/^[\w.-]+\.csv$/), csv: z.string() }) },
  /** Every attempt in full, as JSON (the CSV has one summary row each). */
  exportAttempts: { request: emptyRequest, response: z.object({ filename: z.string().regex(/^[\w.-]+\.json$/), json: z.string() }) },
} satisfies Record<string, ChannelDefinition>;
