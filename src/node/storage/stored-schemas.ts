/**
 * The files Proctor stores, checked on every read. The shapes inside them are the core's own
 * schemas: nothing is written twice, so nothing can be dropped between disk and memory.
 */
import { z } from 'zod';
import { attemptSchema, attemptSummarySchema } from '../../core/index.ts';

export const CURRENT_SCHEMA_VERSION = 2;

const version = z.literal(CURRENT_SCHEMA_VERSION);

export const attemptFileSchema = z.object({ schemaVersion: version, attempt: attemptSchema });
export const indexFileSchema = z.object({ schemaVersion: version, attempts: z.array(attemptSummarySchema) });

export type AttemptFile = z.infer<typeof attemptFileSchema>;
export type IndexFile = z.infer<typeof indexFileSchema>;
