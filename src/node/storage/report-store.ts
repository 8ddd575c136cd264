/**
 * The user's reports about questions ("I think this key is wrong", with a note), kept with the
 * question's stable id so they survive pack updates and can be sent to the pack's authors.
 */
import { join } from 'node:path';
import type { Low } from 'lowdb';
import { z } from 'zod';
import { NotFoundError, questionReportSchema, type QuestionReport, type ReportEdit } from '../../core/index.ts';
import type { NoticeLog } from './notices.ts';
import { openSmallFile } from './small-file.ts';
import { CURRENT_SCHEMA_VERSION } from './stored-schemas.ts';

export const reportsFileSchema = z.object({ schemaVersion: z.literal(CURRENT_SCHEMA_VERSION), reports: z.array(questionReportSchema) });
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
    const fresh = (): ReportsFile => ({ schemaVersion: CURRENT_SCHEMA_VERSION, reports: [] });
    ({ db: this.db } = await openSmallFile<ReportsFile>(
      this.path,
      reportsFileSchema,
      fresh,
      this.notices,
      'new question reports start a fresh file.',
    ));
  }

  list(packId?: string): QuestionReport[] {
    return this.db.data.reports.filter((r) => !packId || r.packId === packId);
  }

  async add(report: QuestionReport): Promise<void> {
    this.db.data.reports.push(report);
    await this.db.write();
  }

  /** Changes a report's note (and kind), keeping its id, question and date; answers the saved report. */
  async update(edit: ReportEdit, at: number): Promise<QuestionReport> {
    const index = this.indexOf(edit.reportId);
    const old = this.db.data.reports[index]!;
    const report: QuestionReport = { ...old, note: edit.note, kind: edit.kind ?? old.kind, updatedAt: at };
    this.db.data.reports[index] = report;
    await this.db.write();
    return report;
  }

  async remove(reportId: string): Promise<void> {
    this.db.data.reports.splice(this.indexOf(reportId), 1);
    await this.db.write();
  }

  private indexOf(reportId: string): number {
    const index = this.db.data.reports.findIndex((r) => r.id === reportId);
    if (index < 0) throw new NotFoundError(`there is no question report "${reportId}" (it may have been deleted already)`);
    return index;
  }
}
