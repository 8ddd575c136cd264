/** The user's reports about questions (a doubtful key, an unclear stem), kept with the question id. */
import { z } from 'zod';
import { newReportSchema, questionReportSchema } from '../../core/index.ts';
import { idSchema, type ChannelDefinition } from './define.ts';

export type { QuestionReport as QuestionReportView } from '../../core/index.ts';

export const reportChannels = {
  reportQuestion: { request: newReportSchema, response: z.object({ report: questionReportSchema }) },
  listReports: { request: z.strictObject({ packId: idSchema.optional() }), response: z.object({ reports: z.array(questionReportSchema) }) },
} satisfies Record<string, ChannelDefinition>;
