/** The app itself: version, data folder, transport, and what the user must be told about data. */
import { z } from 'zod';
import { emptyRequest, type ChannelDefinition } from './define.ts';

export const noticeSchema = z.object({
  level: z.enum(['info', 'warning', 'error']),
  /** May hold `{date}`: the screen writes `date` there in the form it shows every date. */
  message: z.string(),
  date: z.number().optional(),
  at: z.number(),
});
export type Notice = z.infer<typeof noticeSchema>;

export const appChannels = {
  getAppInfo: {
    request: emptyRequest,
    response: z.object({
      version: z.string(),
      dataDir: z.string(),
      transport: z.enum(['electron', 'http']),
      notices: z.array(noticeSchema),
    }),
  },
} satisfies Record<string, ChannelDefinition>;
