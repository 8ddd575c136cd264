/**
 * The per-question ledger on disk, derived from the attempts like the review schedule:
 * `answers.jsonl` holds every entry (appended on submit, streamed for exports) and
 * `progress.json` the aggregates the Progress figures read, with the log's size and a
 * fingerprint of the attempts folded in. When either file is missing or damaged, or they do not
 * match each other or the submitted attempts (a crash between two writes, a restored backup),
 * both are rebuilt from the attempt files.
 */
import { join } from 'node:path';
import type { Low } from 'lowdb';
import { z } from 'zod';
import {
  coverageOf,
  emptyLedgerSummary,
  entriesOf,
  foldAttempt,
  ledgerAttemptOf,
  ledgerSummarySchema,
  type Attempt,
  type LedgerEntry,
  type PackLedger,
  type Pack,
} from '../../core/index.ts';
import { ANSWER_LOG_HEADER, appendLines, encodeLine, logSize, readLog, writeLog } from './answer-log.ts';
import type { AttemptStore } from './attempt-store.ts';
import { CorruptFileError } from './json-file.ts';
import type { NoticeLog } from './notices.ts';
import { setAside } from './set-aside.ts';
import { openSmallFile } from './small-file.ts';
import { CURRENT_SCHEMA_VERSION } from './stored-schemas.ts';

const snapshotSchema = ledgerSummarySchema.extend({ schemaVersion: z.literal(CURRENT_SCHEMA_VERSION), logBytes: z.number().int().min(0) });
type Snapshot = z.infer<typeof snapshotSchema>;
const fresh = (): Snapshot => ({ schemaVersion: CURRENT_SCHEMA_VERSION, logBytes: 0, ...emptyLedgerSummary() });

export class LedgerStore {
  readonly snapshotPath: string;
  readonly logPath: string;
  private db!: Low<Snapshot>;
  private existed = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    dataDir: string,
    private readonly notices: NoticeLog,
    private readonly attempts: AttemptStore,
    private readonly packOf: (packId: string) => Pack | undefined,
  ) {
    this.snapshotPath = join(dataDir, 'progress.json');
    this.logPath = join(dataDir, 'answers.jsonl');
  }

  async open(): Promise<void> {
    const opened = await openSmallFile(
      this.snapshotPath,
      snapshotSchema,
      fresh,
      this.notices,
      'the progress figures are rebuilt from your attempts.',
    );
    this.db = opened.db;
    this.existed = opened.existed;
  }

  /** Rebuilds the ledger unless it covers exactly the submitted attempts. Answers whether it did. */
  reconcile(): Promise<boolean> {
    return this.serial(async () => {
      const covered = coverageOf(this.submitted().map((s) => s.id));
      const { count, digest } = this.db.data.covered;
      if (this.existed && (await logSize(this.logPath)) === this.db.data.logBytes && covered.count === count && covered.digest === digest)
        return false;
      await this.rebuild();
      return true;
    });
  }

  summary(packId: string): PackLedger | undefined {
    return this.db.data.packs[packId];
  }

  /** Adds a submitted attempt: one line appended to the log, then the aggregates rewritten. */
  record(attempt: Attempt): Promise<void> {
    return this.serial(async () => {
      const line = ledgerAttemptOf(attempt, this.packOf(attempt.packId));
      if (!line) return;
      const size = await logSize(this.logPath);
      if ((size ?? 0) !== this.db.data.logBytes) return void (await this.rebuild()); // the log changed under us
      const logBytes = await appendLines(this.logPath, (size === undefined ? ANSWER_LOG_HEADER + '\n' : '') + encodeLine(line));
      foldAttempt(this.db.data, line);
      this.db.data.logBytes = logBytes;
      await this.db.write();
    });
  }

  /** Every entry of the log, oldest attempt first. A damaged log is set aside and rebuilt first. */
  async entries(filter: (entry: LedgerEntry) => boolean = () => true): Promise<LedgerEntry[]> {
    return this.serial(async () => {
      try {
        return await this.collect(filter);
      } catch (error) {
        if (!(error instanceof CorruptFileError)) throw error;
        await setAside(error, this.notices, 'the answer log was rebuilt from your attempts.');
        await this.rebuild();
        return this.collect(filter);
      }
    });
  }

  /** Resolves when queued updates have finished (for shutdown). */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  private async collect(filter: (entry: LedgerEntry) => boolean): Promise<LedgerEntry[]> {
    const kept: LedgerEntry[] = [];
    if ((await logSize(this.logPath)) === undefined) return kept;
    for await (const line of readLog(this.logPath)) for (const entry of entriesOf(line)) if (filter(entry)) kept.push(entry);
    return kept;
  }

  private submitted() {
    return this.attempts.list().filter((s) => s.status === 'submitted');
  }

  /** Reads every submitted attempt, oldest first, into a new log and new aggregates. */
  private async rebuild(): Promise<void> {
    const draft = emptyLedgerSummary();
    const order = this.submitted().sort((a, b) => (a.submittedAt ?? 0) - (b.submittedAt ?? 0) || a.id.localeCompare(b.id));
    const { attempts, packOf } = this;
    async function* lines() {
      for (const summary of order) {
        const attempt = await attempts.load(summary.id).catch(() => undefined);
        const line = attempt && ledgerAttemptOf(attempt, packOf(attempt.packId));
        if (!line) continue;
        foldAttempt(draft, line);
        yield line;
      }
    }
    const logBytes = await writeLog(this.logPath, lines());
    this.db.data = { schemaVersion: CURRENT_SCHEMA_VERSION, logBytes, ...draft };
    await this.db.write();
    this.existed = true;
  }

  private serial<T>(step: () => Promise<T>): Promise<T> {
    const run = this.queue.then(step, step);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
