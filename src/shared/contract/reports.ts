/** The user's reports about questions (a doubtful key, an unclear stem), kept with the question id. */
import { z } from 'zod';
import { newReportSchema, questionReportSchema, reportedQuestionSchema, reportEditSchema } from '../../core/index.ts';
import { emptyRequest, idSchema, type ChannelDefinition } from './define.ts';

export type { QuestionReport as QuestionReportView, ReportedQuestion } from '../../core/index.ts';

export const reportChannels = {
  reportQuestion: { request: newReportSchema, response: z.object({ report: questionReportSchema }) },
  /** Newest first; `questions` describes each reported question once (pack title, stem excerpt). */
  listReports: {
    request: z.strictObject({ packId: idSchema.optional() }),
    response: z.object({ reports: z.array(questionReportSchema), questions: z.array(reportedQuestionSchema) }),
  },
  updateReport: { request: reportEditSchema, response: z.object({ report: questionReportSchema }) },
  deleteReport: { request: z.strictObject({ reportId: idSchema }), response: z.object({ deleted: z.literal(true) }) },
  exportReports: { request: emptyRequest, response: z.object({ filename: z.string().regex(/^[\w.-]+\.json$/), json: z.string() }) },
} satisfies Record<string, ChannelDefinition>;
