/**
 * The user's reports about questions ("I think this key is wrong", with a note), kept with the
 * question's stable id so they survive pack updates and can be sent to the pack's authors.
 */
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { CorruptFileError, ValidatedJsonFile } from './json-file.ts';
import { migrate } from './migrations.ts';
import type { NoticeLog } from './notices.ts';
import { CURRENT_SCHEMA_VERSION } from './stored-schemas.ts';

export const questionReportSchema = z.object({
  id: z.string(),
  packId: z.string(),
  questionId: z.string(),
  attemptId: z.string().optional(),
  kind: z.enum(['wrong-key', 'unclear', 'outdated', 'other']),
  note: z.string(),
  createdAt: z.number(),
});
export type QuestionReport = z.infer<typeof questionReportSchema>;

const reportsFileSchema = z.object({ schemaVersion: z.literal(CURRENT_SCHEMA_VERSION), reports: z.array(questionReportSchema) });
type ReportsFile = z.infer<typeof reportsFileSchema>;

export class ReportStore {
  readonly path: string;
  private db!: Low<ReportsFile>;

  constructor(
    dataDir: string,
    private readonly notices: NoticeLog,
  ) {
    this.path = join(dataDir, 'reports.json');
  }

  async init(): Promise<void> {
    const adapter = new ValidatedJsonFile(this.path, reportsFileSchema, migrate);
    let data: ReportsFile | null = null;
    try {
      data = await adapter.read();
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      const aside = `${this.path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await rename(this.path, aside);
      this.notices.add('error', `Could not read ${this.path} (${error.reason}). It was moved to ${aside} and kept as it was; new question reports start a fresh file.`);
    }
    this.db = new Low(adapter, data ?? { schemaVersion: CURRENT_SCHEMA_VERSION, reports: [] });
  }

  list(packId?: string): QuestionReport[] {
    return this.db.data.reports.filter((r) => !packId || r.packId === packId);
  }

  async add(report: QuestionReport): Promise<void> {
    this.db.data.reports.push(report);
    await this.db.write();
  }
}
