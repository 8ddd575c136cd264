/** The shape of every file Proctor stores, checked on every read. */
import { z } from 'zod';
import type { Attempt, AttemptSummary } from '../../core/index.ts';

export const CURRENT_SCHEMA_VERSION = 1;

const domainScore = z.object({ domain: z.number().int(), correct: z.number().int().min(0), total: z.number().int().min(0) });
const result = z.object({
  correct: z.number().int().min(0),
  total: z.number().int().min(0),
  unanswered: z.number().int().min(0),
  percent: z.number(),
  scaledScore: z.number(),
  passingScaledScore: z.number(),
  passed: z.boolean(),
  byDomain: z.array(domainScore),
});
const kind = z.enum(['full', 'fixed', 'drill']);
const status = z.enum(['in-progress', 'submitted']);
const endReason = z.enum(['submitted', 'time-expired']);
const id = z.string().min(1).max(200);

export const attemptSchema: z.ZodType<Attempt> = z.object({
  id,
  packId: id,
  packTitle: z.string(),
  kind,
  fixedExamId: id.optional(),
  title: z.string(),
  seed: z.number().int(),
  items: z
    .array(
      z.object({
        questionId: id,
        domain: z.number().int(),
        task: z.string(),
        optionIds: z.array(z.string()).min(1),
        correctOptionIds: z.array(z.string()),
        choose: z.number().int().min(1),
      }),
    )
    .min(1),
  answers: z.record(z.string(), z.array(z.string())),
  flagged: z.array(z.string()),
  eliminated: z.record(z.string(), z.array(z.string())).optional(),
  currentIndex: z.number().int().min(0),
  startedAt: z.number(),
  durationMs: z.number().min(0),
  deadline: z.number(),
  passingScaledScore: z.number(),
  status,
  submittedAt: z.number().optional(),
  endReason: endReason.optional(),
  result: result.optional(),
  revision: z.number().int().min(0),
});

export const summarySchema: z.ZodType<AttemptSummary> = z.object({
  id,
  packId: id,
  packTitle: z.string(),
  kind,
  title: z.string(),
  status,
  startedAt: z.number(),
  deadline: z.number(),
  submittedAt: z.number().optional(),
  endReason: endReason.optional(),
  questionCount: z.number().int().min(0),
  answeredCount: z.number().int().min(0),
  result: result.optional(),
});

export const attemptFileSchema = z.object({ schemaVersion: z.literal(CURRENT_SCHEMA_VERSION), attempt: attemptSchema });
export const indexFileSchema = z.object({ schemaVersion: z.literal(CURRENT_SCHEMA_VERSION), attempts: z.array(summarySchema) });

export type AttemptFile = z.infer<typeof attemptFileSchema>;
export type IndexFile = z.infer<typeof indexFileSchema>;
