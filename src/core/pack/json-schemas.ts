/** JSON Schema documents for editors, derived from the zod schemas of the pack format. */
import { z } from 'zod';
import { packManifestSchema, questionFileSchema, samePointReviewSchema } from './schema.ts';

export function schemaDocuments(): Record<string, unknown> {
  const describe = (schema: z.ZodType, title: string, id: string) => ({
    $id: id,
    title,
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
  });
  return {
    'exams/pack.schema.json': describe(
      packManifestSchema,
      'Proctor exam pack manifest (pack.yaml)',
      'https://proctor.invalid/schema/pack.schema.json',
    ),
    'exams/questions.schema.json': describe(
      questionFileSchema,
      'Proctor question file (questions/*.yaml)',
      'https://proctor.invalid/schema/questions.schema.json',
    ),
    'exams/same-point.schema.json': describe(
      samePointReviewSchema,
      'Proctor same-point review (same-point.yaml)',
      'https://proctor.invalid/schema/same-point.schema.json',
    ),
  };
}
