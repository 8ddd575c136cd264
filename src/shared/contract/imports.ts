/**
 * Importing a question bank in the app: a preview of what the file holds (questions, problems
 * with their lines, format, encoding, topics), then the import with a name and a domain mapping;
 * imported packs renamed or deleted. The file's bytes travel in the request, base64.
 */
import { z } from 'zod';
import { importFormatSchema, importProblemSchema, MAX_IMPORT_BYTES, packSummarySchema, textEncodingSchema } from '../../core/index.ts';
import { MAX_IMPORT_IMAGES_BYTES } from '../../core/rules/file-limits.ts';
import { idSchema, type ChannelDefinition } from './define.ts';

/** Base64 of the largest bank, its images, and the JSON around them. */
export const IMPORT_REQUEST_BYTES = Math.ceil(((MAX_IMPORT_BYTES + MAX_IMPORT_IMAGES_BYTES) * 4) / 3) + 1024 * 1024;

const base64 = z
  .string()
  .max(IMPORT_REQUEST_BYTES)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');
const fileName = z.string().min(1).max(255);

export const bankFileSchema = z.strictObject({
  fileName,
  data: base64,
  format: importFormatSchema.optional(),
  /** Images picked with the bank, matched to its relative references by name. */
  images: z
    .array(z.strictObject({ fileName, data: base64 }))
    .max(500)
    .optional(),
});

export const previewQuestionSchema = z.object({
  line: z.number().int(),
  topic: z.string(),
  stem: z.string(),
  type: z.enum(['single', 'multiple']),
  options: z.array(z.object({ text: z.string(), correct: z.boolean() })),
});

export const blueprintSchema = z.object({
  packId: z.string(),
  title: z.string(),
  domains: z.array(z.object({ number: z.number().int(), title: z.string() })),
});

export const importPreviewSchema = z.object({
  fileName: z.string(),
  format: importFormatSchema,
  formatName: z.string(),
  encoding: textEncodingSchema,
  encodingName: z.string(),
  questionCount: z.number().int(),
  /** The first questions that will be imported (at most 200). */
  questions: z.array(previewQuestionSchema),
  problemCount: z.number().int(),
  /** The items that will be skipped, with their lines (at most 1,000). */
  problems: z.array(importProblemSchema),
  notes: z.array(z.string()),
  topics: z.array(z.object({ topic: z.string(), count: z.number().int() })),
  blueprints: z.array(blueprintSchema),
  suggestedTitle: z.string(),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const listedPackSchema = packSummarySchema.extend({ imported: z.boolean() });
export type ListedPack = z.infer<typeof listedPackSchema>;

const title = z.string().trim().min(1).max(120);

export const importChannels = {
  previewImport: { request: bankFileSchema, response: importPreviewSchema, maxRequestBytes: IMPORT_REQUEST_BYTES },
  importBank: {
    request: bankFileSchema.extend({
      title,
      blueprintPackId: idSchema.optional(),
      /** Topic → domain number of the blueprint; a topic left out is Unassigned. */
      mapping: z.record(z.string().max(300), z.number().int().min(1).max(9)),
    }),
    response: z.object({
      pack: listedPackSchema,
      imported: z.number().int(),
      skipped: z.number().int(),
      problems: z.array(importProblemSchema),
      backup: z.string().optional(),
    }),
    maxRequestBytes: IMPORT_REQUEST_BYTES,
  },
  renamePack: { request: z.strictObject({ packId: idSchema, title }), response: z.object({ pack: listedPackSchema }) },
  deletePack: { request: z.strictObject({ packId: idSchema }), response: z.object({ packId: z.string(), backup: z.string().optional() }) },
} satisfies Record<string, ChannelDefinition>;
