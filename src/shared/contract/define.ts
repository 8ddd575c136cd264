/** How a channel is declared: its request schema (checked in main), its response schema, limits. */
import { z } from 'zod';
import { idSchema } from '../../core/index.ts';

export interface ChannelDefinition {
  request: z.ZodType;
  response: z.ZodType;
  /** Largest request body the HTTP transport accepts for this channel (default 256 KB). */
  maxRequestBytes?: number;
}

export const DEFAULT_MAX_REQUEST_BYTES = 256 * 1024;

export const emptyRequest = z.strictObject({});
export const attemptRef = z.strictObject({ attemptId: idSchema });
export { idSchema };
