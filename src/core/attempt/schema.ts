/**
 * The shapes of an attempt, written once. Types are inferred from these schemas, and storage and
 * the IPC contract use the same schemas, so a field added here reaches disk and screen alike.
 */
import { z } from 'zod';
import { idSchema } from '../ids.ts';
import { attemptResultSchema } from '../scoring/scoring.ts';

const optionIdSchema = z.string().regex(/^[a-h]$/, 'option ids are the letters a-h');

/**
 * full and fixed are mock exams; the rest is learning: custom drills, retakes of an attempt's
 * missed or flagged questions, spaced-review sessions ('drill' is the domain drill and retake of
 * attempts made before custom drills existed).
 */
export const attemptKindSchema = z.enum(['full', 'fixed', 'drill', 'custom', 'retake', 'review']);
/** Exam feedback comes at the end; practice shows the key and explanations after each answer. */
export const feedbackSchema = z.enum(['exam', 'practice']);
/** In practice: reveal when the user presses "Check answer", or as soon as the answer is complete. */
export const revealSchema = z.enum(['on-check', 'at-once']);
export const drillSourceSchema = z.enum(['all', 'unseen', 'missed', 'flagged', 'due', 'weakest']);
export const drillFilterSchema = z.strictObject({
  domains: z.array(z.number().int().min(1).max(9)).max(9).optional(),
  tasks: z
    .array(z.string().regex(/^[1-9]\.[1-9]$/))
    .max(50)
    .optional(),
  topics: z
    .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/))
    .max(100)
    .optional(),
});
export const drillTimingSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('none') }),
  /** The real exam's pace: its time per question (130 minutes for 65 is 2 minutes). */
  z.strictObject({ mode: z.literal('exam-pace') }),
  z.strictObject({ mode: z.literal('fixed'), minutes: z.number().int().min(1).max(600) }),
]);
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
  /** When the current question was put on screen: its time counts from here. */
  viewedAt: z.number().optional(),
  /** Absent for exam feedback (every attempt made before practice mode). */
  feedback: feedbackSchema.optional(),
  reveal: revealSchema.optional(),
  /** Practice: questions whose answer was checked (shown with the key, then locked). */
  checked: z.array(z.string()).optional(),
  /** No time limit (practice and spaced review): the deadline is never reached. */
  untimed: z.boolean().optional(),
  /** Practice only: paused since then; the clock (if any) stands still. */
  pausedAt: z.number().optional(),
  /** The scratch pad, like the real exam's whiteboard. */
  scratch: z.string().max(20_000).optional(),
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
    /** Which practice exam a 'fixed' attempt took; absent in summaries written before it was kept. */
    fixedExamId: attemptSchema.shape.fixedExamId,
    /** Practice and untimed attempts say so on Home ("Resume practice", no countdown). */
    feedback: attemptSchema.shape.feedback,
    untimed: attemptSchema.shape.untimed,
    pausedAt: attemptSchema.shape.pausedAt,
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
  /** A drill built by the user: which questions, from which source, how many, how timed, what feedback. */
  z.strictObject({
    kind: z.literal('custom'),
    filter: drillFilterSchema,
    source: drillSourceSchema,
    count: z.number().int().min(1).max(500),
    timing: drillTimingSchema,
    feedback: feedbackSchema,
    reveal: revealSchema.optional(),
  }),
  /** The questions an attempt missed or flagged, again. */
  z.strictObject({
    kind: z.literal('retake'),
    fromAttemptId: idSchema,
    which: z.enum(['missed', 'flagged']),
    feedback: feedbackSchema.optional(),
    reveal: revealSchema.optional(),
  }),
  /** A spaced-review session: the questions due now, as practice, untimed. */
  z.strictObject({ kind: z.literal('review'), reveal: revealSchema.optional() }),
]);

export const attemptActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('answer'), questionId: idSchema, optionIds: z.array(optionIdSchema).max(8) }),
  z.strictObject({ type: z.literal('flag'), questionId: idSchema, flagged: z.boolean() }),
  z.strictObject({ type: z.literal('eliminate'), questionId: idSchema, optionId: optionIdSchema, eliminated: z.boolean() }),
  z.strictObject({ type: z.literal('navigate'), index: z.number().int().min(0).max(10_000) }),
  z.strictObject({ type: z.literal('submit') }),
  /** Sent when the client's clock reaches zero; ends the attempt only if the deadline has passed. */
  z.strictObject({ type: z.literal('expire') }),
  /** Practice: reveal the key of this question (its answer is then locked). */
  z.strictObject({ type: z.literal('check'), questionId: idSchema }),
  /** Practice: stop the clock, and start it again. */
  z.strictObject({ type: z.literal('pause') }),
  z.strictObject({ type: z.literal('resume') }),
  z.strictObject({ type: z.literal('scratch'), text: z.string().max(20_000) }),
]);

export type AttemptKind = z.infer<typeof attemptKindSchema>;
export type Feedback = z.infer<typeof feedbackSchema>;
export type Reveal = z.infer<typeof revealSchema>;
export type DrillSource = z.infer<typeof drillSourceSchema>;
export type DrillFilter = z.infer<typeof drillFilterSchema>;
export type DrillTiming = z.infer<typeof drillTimingSchema>;
export type EndReason = z.infer<typeof endReasonSchema>;
export type AttemptItem = z.infer<typeof attemptItemSchema>;
export type Attempt = z.infer<typeof attemptSchema>;
export type AttemptSummary = z.infer<typeof attemptSummarySchema>;
export type StartRequest = z.infer<typeof startRequestSchema>;
export type AttemptAction = z.infer<typeof attemptActionSchema>;
