/** The data folder: check it, list its backups, restore one. */
import { z } from 'zod';
import { noticeSchema } from './app.ts';
import { emptyRequest, type ChannelDefinition } from './define.ts';

export const backupSummarySchema = z.object({ name: z.string(), createdAt: z.number(), reason: z.string() });
export const dataCheckReportSchema = z.object({
  checkedFiles: z.number().int(),
  /** Files that could not be read and were set aside (each may bring several messages). */
  damagedFiles: z.number().int(),
  /** What was found and done, as the notices that told the user. */
  problems: z.array(noticeSchema),
});
export type BackupSummary = z.infer<typeof backupSummarySchema>;
export type DataCheckReport = z.infer<typeof dataCheckReportSchema>;

export const dataChannels = {
  checkData: { request: emptyRequest, response: dataCheckReportSchema },
  listBackups: { request: emptyRequest, response: z.object({ dataDir: z.string(), backups: z.array(backupSummarySchema) }) },
  restoreBackup: {
    request: z.strictObject({
      name: z
        .string()
        .min(1)
        .max(200)
        .regex(/^[A-Za-z0-9._-]+$/),
    }),
    response: z.object({ restored: backupSummarySchema }),
  },
} satisfies Record<string, ChannelDefinition>;
