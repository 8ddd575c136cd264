/**
 * The service behind every IPC channel: it builds the stores, opens the data in order, and
 * `dispatch`es each call (validate, run its handler, answer with an envelope). Electron's ipcMain
 * and the `serve` HTTP transport both call `dispatch`, so the rules live in one place.
 */
import { join } from 'node:path';
import type { Attempt } from '../core/index.ts';
import type { ChannelName, Envelope } from '../shared/contract/index.ts';
import { dispatchCall } from './dispatch.ts';
import { AttemptLifecycle } from './attempt-lifecycle.ts';
import { createHandlers } from './handlers/index.ts';
import type { HandlerTable } from './handlers/deps.ts';
import { newId, newSeed } from './ids.ts';
import { ImportedPacks } from './packs/imported-packs.ts';
import { PackRegistry } from './packs/pack-registry.ts';
import { AttemptStore } from './storage/attempt-store.ts';
import { BACKUP_INTERVAL_MS, BackupManager } from './storage/backups.ts';
import { LedgerStore } from './storage/ledger-store.ts';
import { NoticeLog } from './storage/notices.ts';
import { ReportStore } from './storage/report-store.ts';
import { ScheduleStore } from './storage/schedule-store.ts';

export interface ServiceOptions {
  dataDir: string;
  packsDirs: string[];
  transport: 'electron' | 'http';
  version: string;
  now?: () => number;
  /** Check every response against the contract's response schemas (tests and test runs). */
  checkResponses?: boolean;
}

const logFailure = (what: string) => (error: unknown) => console.error(`[proctor] ${what} failed:`, error);

export class ProctorService {
  readonly notices: NoticeLog;
  readonly packs: PackRegistry;
  readonly store: AttemptStore;
  readonly backups: BackupManager;
  readonly reports: ReportStore;
  readonly schedule: ScheduleStore;
  readonly ledger: LedgerStore;
  readonly lifecycle: AttemptLifecycle;
  readonly now: () => number;
  /** The review schedule may be rebuilt from the attempts at start; work that needs it waits. */
  scheduleReady: Promise<void> = Promise.resolve();
  /** Likewise the progress ledger, when it does not match the attempts. */
  ledgerReady: Promise<void> = Promise.resolve();
  /** Resolves when the backup taken at start has finished (tests and shutdown wait for it). */
  startupBackup: Promise<unknown> = Promise.resolve();
  private readonly handlers: HandlerTable<ChannelName>;
  private backupTimer: ReturnType<typeof setInterval> | undefined;

  /** Builds, opens and starts the service: what Electron and `proctor serve` both run. */
  static async open(options: ServiceOptions): Promise<ProctorService> {
    const service = new ProctorService(options);
    await service.init();
    service.startBackupTimer();
    return service;
  }

  constructor(private readonly options: ServiceOptions) {
    this.now = options.now ?? Date.now;
    this.notices = new NoticeLog(this.now);
    this.packs = new PackRegistry(options.packsDirs, {
      importedDir: join(options.dataDir, 'packs'),
      retiredDir: join(options.dataDir, 'retired-packs'),
    });
    this.backups = new BackupManager(options.dataDir, this.now);
    this.store = new AttemptStore(options.dataDir, this.notices, this.backups);
    this.reports = new ReportStore(options.dataDir, this.notices);
    this.schedule = new ScheduleStore(options.dataDir, this.notices);
    this.ledger = new LedgerStore(options.dataDir, this.notices, this.store, (id) => this.packs.find(id));
    this.lifecycle = new AttemptLifecycle(this.store, this.now, (attempt) => this.learnFrom(attempt));
    this.handlers = createHandlers({
      app: { version: options.version, dataDir: options.dataDir, transport: options.transport },
      now: this.now,
      newId,
      newSeed,
      packs: this.packs,
      imported: new ImportedPacks(options.dataDir, this.packs, this.backups, this.store, this.now),
      store: this.store,
      lifecycle: this.lifecycle,
      backups: this.backups,
      reports: this.reports,
      schedule: this.schedule,
      ledger: this.ledger,
      notices: this.notices,
      scheduleReady: () => this.scheduleReady,
      ledgerReady: () => this.ledgerReady,
      reopenData: () => this.openData({ reload: true }),
      rebuildDerived: () => this.rebuildDerived(),
    });
  }

  async init(): Promise<void> {
    await this.packs.reload();
    await this.openData({ reload: false });
    await this.lifecycle.settleExpired();
    // In the background: a first backup of a large history copies every file, and the user
    // should not wait for it. Later starts only compare file stats.
    this.startupBackup = this.backups.backup('start').catch(logFailure('backup'));
  }

  /**
   * Opens every data file, at start and again after a restore replaced them. A missing schedule
   * or a ledger that does not match the attempts is rebuilt from them in the background, so a
   * large history does not delay the first screen; a failed rebuild is logged and never blocks
   * the submissions that wait for it.
   */
  private async openData({ reload }: { reload: boolean }): Promise<void> {
    await (reload ? this.store.reload() : this.store.init());
    await this.reports.init();
    await this.schedule.open();
    this.scheduleReady = this.schedule.rebuildIfMissing(this.store).catch(logFailure('review schedule rebuild'));
    await this.ledger.open();
    this.ledgerReady = this.ledger.reconcile().then(() => undefined, logFailure('progress ledger rebuild'));
  }

  /** After an attempt was removed: the schedule and the ledger are learnt again without it. */
  private async rebuildDerived(): Promise<void> {
    await Promise.all([this.scheduleReady, this.ledgerReady]);
    this.scheduleReady = this.schedule.rebuild(this.store).catch(logFailure('review schedule rebuild'));
    this.ledgerReady = this.ledger.reconcile().then(() => undefined, logFailure('progress ledger rebuild'));
    await Promise.all([this.scheduleReady, this.ledgerReady]);
  }

  /**
   * A submitted attempt teaches the spaced-review schedule which questions to bring back, and
   * adds its answers to the progress ledger. The attempt is saved already: a ledger that fails
   * to update is only behind, and the next start rebuilds it.
   */
  private async learnFrom(attempt: Attempt): Promise<void> {
    await this.scheduleReady;
    await this.schedule.record(attempt);
    await this.ledgerReady;
    await this.ledger.record(attempt).catch((error: unknown) => {
      logFailure('progress ledger update')(error);
      this.notices.add(
        'warning',
        `Your progress figures could not be updated (${(error as Error).message}); they are rebuilt from your attempts at the next start.`,
      );
    });
  }

  /** A backup every 30 minutes while the app runs (skipped when nothing changed). */
  startBackupTimer(): void {
    this.backupTimer = setInterval(() => {
      this.backups.backup('periodic').catch(logFailure('backup'));
    }, BACKUP_INTERVAL_MS);
    this.backupTimer.unref?.();
  }

  stop(): void {
    clearInterval(this.backupTimer);
  }

  /** Stops the timer and waits for queued writes, a running backup and a schedule rebuild. */
  async close(): Promise<void> {
    this.stop();
    await Promise.all([
      this.startupBackup,
      this.scheduleReady,
      this.ledgerReady,
      this.store.idle(),
      this.backups.idle(),
      this.ledger.idle(),
    ]);
  }

  /** Validates and runs one call. Never throws: every failure is a typed error envelope. */
  dispatch(channel: string, payload: unknown): Promise<Envelope<unknown>> {
    return dispatchCall(this.handlers, channel, payload, this.options.checkResponses ?? false);
  }
}

export function defaultPacksDirs(root: string, dataDir: string): string[] {
  return [join(root, 'exams'), join(dataDir, 'packs')];
}
