/** The exam-pack format (see exams/README.md). Types are inferred from these schemas. */
import { z } from 'zod';
import { lintSettingsSchema } from '../content/settings.ts';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const QUESTION_ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
export const TASK_ID = /^[1-9]\.[1-9]$/;
const REFERENCE_HOSTS = ['docs.aws.amazon.com', 'aws.amazon.com'];

/** References open in the system browser, so only https. Which hosts is a content rule (lint). */
const httpsReference = z.string().regex(/^https:\/\/[^\s/?#]+\.[^\s/?#]+/, 'must be an https:// URL');

/** The hosts the content lint accepts for the shipped banks: AWS documentation. */
export const AWS_REFERENCE = new RegExp(`^https://(${REFERENCE_HOSTS.map((h) => h.replace(/\./g, '\\.')).join('|')})/`);

const markdown = (what: string) => z.string().trim().min(1, `${what} must not be empty`).max(20_000);

export const optionSchema = z.strictObject({
  text: markdown('option text'),
  correct: z.boolean().optional().default(false),
  // Optional in the format (imported banks often have none); the content lint requires it.
  explanation: markdown('explanation').optional(),
});

export const questionSchema = z.strictObject({
  id: z.string().regex(QUESTION_ID, 'must be lower-case letters, digits, dots and dashes'),
  domain: z.number().int().min(1).max(9),
  task: z.string().regex(TASK_ID, 'must look like "1.2" (quote it in YAML)'),
  type: z.enum(['single', 'multiple']),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  topics: z.array(z.string().regex(kebab, 'topics are lower-case kebab-case')).min(1),
  stem: markdown('stem'),
  options: z.array(optionSchema).min(2).max(8),
  /** A general explanation after the options' own (imported banks' general feedback). */
  explanation: markdown('explanation').optional(),
  references: z.array(httpsReference).optional().default([]),
});

export const questionFileSchema = z.strictObject({
  questions: z.array(questionSchema),
});

export const taskSchema = z.strictObject({
  id: z.string().regex(TASK_ID, 'must look like "1.2"'),
  title: z.string().min(1),
});

export const domainSchema = z.strictObject({
  number: z.number().int().min(1).max(9),
  title: z.string().min(1),
  weight: z.number().positive().max(100),
  tasks: z.array(taskSchema).min(1),
});

export const fixedExamSchema = z.strictObject({
  id: z.string().regex(kebab, 'must be lower-case kebab-case'),
  title: z.string().min(1),
  questionIds: z.array(z.string()).min(1),
});

export const packManifestSchema = z.strictObject({
  id: z.string().regex(kebab, 'must be lower-case kebab-case'),
  title: z.string().min(1),
  description: z.string().optional(),
  exam: z.strictObject({
    questionCount: z.number().int().min(1).max(500),
    durationMinutes: z.number().int().min(1).max(600),
    passingScaledScore: z.number().int().min(100).max(1000),
  }),
  domains: z.array(domainSchema).min(1),
  fixedExams: z.array(fixedExamSchema).optional().default([]),
  lint: lintSettingsSchema.optional().default({}),
});

/** `same-point.yaml`: candidate pairs of the same-point check that a reviewer read and kept. */
export const samePointReviewSchema = z.strictObject({
  reviewed: z.array(
    z.strictObject({
      pair: z.tuple([z.string().regex(QUESTION_ID), z.string().regex(QUESTION_ID)]),
      reason: z.string().trim().min(10, 'say in one line why both questions stay').max(300, 'one line: at most 300 characters'),
    }),
  ),
});

export type OptionSource = z.infer<typeof optionSchema>;
export type QuestionSource = z.infer<typeof questionSchema>;
export type PackManifest = z.infer<typeof packManifestSchema>;
export type Domain = z.infer<typeof domainSchema>;
export type FixedExam = z.infer<typeof fixedExamSchema>;
export type SamePointReview = z.infer<typeof samePointReviewSchema>;
