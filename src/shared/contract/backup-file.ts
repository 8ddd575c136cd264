/** The full backup as one file: made, checked (what a restore would replace), and restored. */
import { z } from 'zod';
import { MAX_BACKUP_FILE_BYTES } from '../../core/rules/file-limits.ts';
import { emptyRequest, type ChannelDefinition } from './define.ts';

/** A backup file may hold a long history and imported packs with images. */
export const BACKUP_FILE_REQUEST_BYTES = MAX_BACKUP_FILE_BYTES;

export const backupContentsSchema = z.object({
  attempts: z.number().int(),
  reports: z.number().int(),
  schedule: z.boolean(),
  settings: z.boolean(),
  packs: z.array(z.object({ id: z.string(), title: z.string(), questionCount: z.number().int() })),
});
export const backupFileSummarySchema = z.object({
  createdAt: z.number(),
  appVersion: z.string(),
  contents: backupContentsSchema,
  /** What the data folder holds now: what the restore replaces. */
  current: backupContentsSchema,
});
export type BackupContents = z.infer<typeof backupContentsSchema>;
export type BackupFileSummary = z.infer<typeof backupFileSummarySchema>;

const file = z.strictObject({ text: z.string().min(1).max(BACKUP_FILE_REQUEST_BYTES) });

export const backupFileChannels = {
  exportBackupFile: { request: emptyRequest, response: z.object({ filename: z.string().regex(/^[\w.-]+\.json$/), text: z.string() }) },
  inspectBackupFile: { request: file, response: backupFileSummarySchema, maxRequestBytes: BACKUP_FILE_REQUEST_BYTES },
  restoreBackupFile: { request: file, response: backupFileSummarySchema, maxRequestBytes: BACKUP_FILE_REQUEST_BYTES },
} satisfies Record<string, ChannelDefinition>;
