/** A user's report about a question ("I think this key is wrong"), kept with its stable id. */
import { z } from 'zod';
import { idSchema } from '../ids.ts';

export const reportKindSchema = z.enum(['wrong-key', 'unclear', 'outdated', 'other']);

export const questionReportSchema = z.object({
  id: z.string(),
  packId: z.string(),
  questionId: z.string(),
  attemptId: z.string().optional(),
  kind: reportKindSchema,
  note: z.string(),
  createdAt: z.number(),
  /** When the note or the kind was last edited. */
  updatedAt: z.number().optional(),
});

/** What the user writes; the id and the time are added when it is saved. */
export const newReportSchema = z.strictObject({
  packId: idSchema,
  questionId: idSchema,
  attemptId: idSchema.optional(),
  kind: reportKindSchema,
  note: z.string().trim().min(1, 'write a note').max(4000),
});

/** An edit of a saved report: its note, and optionally its kind. */
export const reportEditSchema = z.strictObject({
  reportId: idSchema,
  kind: reportKindSchema.optional(),
  note: newReportSchema.shape.note,
});

export type ReportEdit = z.infer<typeof reportEditSchema>;
export type ReportKind = z.infer<typeof reportKindSchema>;
export type QuestionReport = z.infer<typeof questionReportSchema>;
