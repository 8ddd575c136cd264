/** The reports screen's state: the reports with their questions, and the edit, delete and export of them. */
import type { QuestionReportView, ReportedQuestion } from '../../../shared/contract/index.ts';
import type { Api } from '../../../shared/contract/client.ts';
import { AsyncAction } from '../../lib/async-action.svelte.ts';
import { errorMessage } from '../../lib/format.ts';

export class ReportsState {
  reports = $state.raw<QuestionReportView[]>([]);
  questions = $state.raw<ReportedQuestion[]>([]);
  loading = $state(true);
  loadError = $state('');
  /** For edit, delete and export: one at a time, with the error shown where the user acted. */
  readonly action = new AsyncAction();

  constructor(private readonly api: Api) {}

  async load(): Promise<void> {
    this.loading = true;
    try {
      const { reports, questions } = await this.api.listReports({});
      this.reports = reports;
      this.questions = questions;
      this.loadError = '';
    } catch (error) {
      this.loadError = errorMessage(error);
    } finally {
      this.loading = false;
    }
  }

  questionOf(report: QuestionReportView): ReportedQuestion | undefined {
    return this.questions.find((q) => q.packId === report.packId && q.questionId === report.questionId);
  }

  /** Saves an edit; true when it was saved (the list then holds the edited report). */
  async update(reportId: string, kind: QuestionReportView['kind'], note: string): Promise<boolean> {
    const saved = await this.action.run(() => this.api.updateReport({ reportId, kind, note }));
    if (!saved) return false;
    this.reports = this.reports.map((r) => (r.id === reportId ? saved.report : r));
    return true;
  }

  async remove(reportId: string): Promise<boolean> {
    const done = await this.action.run(() => this.api.deleteReport({ reportId }));
    if (!done) return false;
    this.reports = this.reports.filter((r) => r.id !== reportId);
    return true;
  }

  /** The JSON export, for the screen to hand to the browser as a download. */
  exportAll(): Promise<{ filename: string; json: string } | undefined> {
    return this.action.run(() => this.api.exportReports({}));
  }
}
