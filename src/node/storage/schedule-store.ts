/**
 * The spaced-review schedule (`review.json`): an FSRS card per tracked question, updated when an
 * attempt is submitted. It is derived from the attempts, so a missing or damaged file is rebuilt
 * from them.
 */
import { join } from 'node:path';
import type { Low } from 'lowdb';
import { z } from 'zod';
import { emptySchedule, recordAttempt, reviewScheduleSchema, type Attempt, type ReviewSchedule } from '../../core/index.ts';
import type { AttemptStore } from './attempt-store.ts';
import type { NoticeLog } from './notices.ts';
import { openSmallFile } from './small-file.ts';
import { CURRENT_SCHEMA_VERSION } from './stored-schemas.ts';

export const scheduleFileSchema = reviewScheduleSchema.extend({ schemaVersion: z.literal(CURRENT_SCHEMA_VERSION) });
type ScheduleFile = z.infer<typeof scheduleFileSchema>;

export class ScheduleStore {
  readonly path: string;
  private db!: Low<ScheduleFile>;
  private existed = false;

  constructor(
    dataDir: string,
    private readonly notices: NoticeLog,
  ) {
    this.path = join(dataDir, 'review.json');
  }

  async open(): Promise<void> {
    const fresh = (): ScheduleFile => ({ schemaVersion: CURRENT_SCHEMA_VERSION, ...emptySchedule() });
    const opened = await openSmallFile<ScheduleFile>(
      this.path,
      scheduleFileSchema,
      fresh,
      this.notices,
      'the review schedule is rebuilt from your attempts.',
    );
    this.db = opened.db;
    this.existed = opened.existed;
  }

  /** When there was no file (first start, or set aside), rebuilds the schedule from the attempts. */
  async rebuildIfMissing(attempts: AttemptStore): Promise<void> {
    if (this.existed) return;
    await this.rebuild(attempts, false);
  }

  /**
   * Learns the schedule again from every submitted attempt (e.g. after one was deleted). An empty
   * schedule is written only when asked: a first start need not create the file.
   */
  async rebuild(attempts: AttemptStore, writeEmpty = true): Promise<void> {
    this.existed = true;
    const finished = attempts
      .list()
      .filter((s) => s.status === 'submitted')
      .sort((a, b) => (a.submittedAt ?? 0) - (b.submittedAt ?? 0));
    let schedule: ReviewSchedule = emptySchedule();
    for (const summary of finished) {
      const attempt = await attempts.load(summary.id).catch(() => undefined);
      if (attempt) schedule = recordAttempt(schedule, attempt);
    }
    this.db.data = { schemaVersion: CURRENT_SCHEMA_VERSION, ...schedule };
    if (finished.length > 0 || writeEmpty) await this.db.write();
  }

  schedule(): ReviewSchedule {
    return this.db.data;
  }

  async record(attempt: Attempt): Promise<void> {
    this.db.data = { schemaVersion: CURRENT_SCHEMA_VERSION, ...recordAttempt(this.db.data, attempt) };
    await this.db.write();
  }
}
