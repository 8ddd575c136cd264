/** The fixed practice exams of a pack with each one's record (taken, last and best score, date). */
import { z } from 'zod';
import { practiceExamRecordSchema } from '../../core/index.ts';
import { idSchema, type ChannelDefinition } from './define.ts';

export const practiceExamChannels = {
  getPracticeExams: {
    request: z.strictObject({ packId: idSchema }),
    response: z.object({ packId: z.string(), exams: z.array(practiceExamRecordSchema) }),
  },
} satisfies Record<string, ChannelDefinition>;
