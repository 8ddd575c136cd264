/**
 * The shapes of an attempt, written once. Types are inferred from these schemas, and storage and
 * the IPC contract use the same schemas, so a field added here reaches disk and screen alike.
 */
import { z } from 'zod';
import { idSchema } from '../ids.ts';
import { attemptResultSchema } from '../scoring/scoring.ts';

const optionIdSchema = z.string().regex(/^[a-h]$/, 'option ids are the letters a-h');

export const attemptKindSchema = z.enum(['full', 'fixed', 'drill']);
export const endReasonSchema = z.enum(['submitted', 'time-expired']);
export const attemptStatusSchema = z.enum(['in-progress', 'submitted']);

export const attemptItemSchema = z.object({
  questionId: idSchema,
  domain: z.number().int(),
  task: z.string(),
  /** Option ids in the order this attempt shows them. */
  optionIds: z.array(optionIdSchema).min(1),
  /** The key at the time the attempt started, so a later pack edit cannot change a past score. */
  correctOptionIds: z.array(optionIdSchema),
  choose: z.number().int().min(1),
});

const choicesSchema = z.record(z.string(), z.array(optionIdSchema));

export const attemptSchema = z.object({
  id: idSchema,
  packId: idSchema,
  packTitle: z.string(),
  kind: attemptKindSchema,
  fixedExamId: idSchema.optional(),
  title: z.string(),
  seed: z.number().int(),
  items: z.array(attemptItemSchema).min(1),
  answers: choicesSchema,
  flagged: z.array(z.string()),
  /** Options the user struck out, per question: a study aid, never scored. */
  eliminated: choicesSchema.optional(),
  /** Milliseconds spent on each question, when the screen recorded them (progress and spaced review). */
  answerTimes: z.record(z.string(), z.number().min(0)).optional(),
  currentIndex: z.number().int().min(0),
  startedAt: z.number(),
  durationMs: z.number().min(0),
  deadline: z.number(),
  passingScaledScore: z.number(),
  status: attemptStatusSchema,
  submittedAt: z.number().optional(),
  endReason: endReasonSchema.optional(),
  result: attemptResultSchema.optional(),
  /** Counts every change; lets storage and tests see that an action did something. */
  revision: z.number().int().min(0),
});

export const attemptSummarySchema = attemptSchema
  .pick({ id: true, packId: true, packTitle: true, kind: true, title: true, status: true, startedAt: true, deadline: true })
  .extend({
    submittedAt: attemptSchema.shape.submittedAt,
    endReason: attemptSchema.shape.endReason,
    result: attemptSchema.shape.result,
    questionCount: z.number().int().min(0),
    answeredCount: z.number().int().min(0),
  });

export const startRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('full'),
    /** A length and time of the user's choosing; the pack's exam settings when left out. */
    questionCount: z.number().int().min(1).max(500).optional(),
    durationMinutes: z.number().int().min(1).max(600).optional(),
  }),
  z.strictObject({ kind: z.literal('fixed'), fixedExamId: idSchema }),
  z.strictObject({
    kind: z.literal('drill'),
    domains: z.array(z.number().int().min(1).max(9)).min(1).max(9).optional(),
    questionIds: z.array(idSchema).min(1).max(500).optional(),
    count: z.number().int().min(1).max(500),
  }),
]);

export const attemptActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('answer'), questionId: idSchema, optionIds: z.array(optionIdSchema).max(8) }),
  z.strictObject({ type: z.literal('flag'), questionId: idSchema, flagged: z.boolean() }),
  z.strictObject({ type: z.literal('eliminate'), questionId: idSchema, optionId: optionIdSchema, eliminated: z.boolean() }),
  z.strictObject({ type: z.literal('navigate'), index: z.number().int().min(0).max(10_000) }),
  z.strictObject({ type: z.literal('submit') }),
  /** Sent when the client's clock reaches zero; ends the attempt only if the deadline has passed. */
  z.strictObject({ type: z.literal('expire') }),
]);

export type AttemptKind = z.infer<typeof attemptKindSchema>;
export type EndReason = z.infer<typeof endReasonSchema>;
export type AttemptItem = z.infer<typeof attemptItemSchema>;
export type Attempt = z.infer<typeof attemptSchema>;
export type AttemptSummary = z.infer<typeof attemptSummarySchema>;
export type StartRequest = z.infer<typeof startRequestSchema>;
export type AttemptAction = z.infer<typeof attemptActionSchema>;
