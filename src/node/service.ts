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
import { SettingsStore } from './storage/settings-store.ts';
import { StartupBackup } from './storage/startup-backup.ts';

export interface ServiceOptions {
  dataDir: string;
  packsDirs: string[];
  transport: 'electron' | 'http';
  version: string;
  now?: () => number;
  /** Check every response against the contract's response schemas (tests and test runs). */
  checkResponses?: boolean;
  /** Wait this long before the backup taken at start (the app passes a few seconds; see StartupBackup). */
  startupBackupDelayMs?: number;
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
  readonly settings: SettingsStore;
  readonly lifecycle: AttemptLifecycle;
  readonly now: () => number;
  /** The review schedule may be rebuilt from the attempts at start; work that needs it waits. */
  scheduleReady: Promise<void> = Promise.resolve();
  /** Likewise the progress ledger, when it does not match the attempts. */
  ledgerReady: Promise<void> = Promise.resolve();
  readonly startup: StartupBackup;
  /** Resolves when the data is open; every call waits for it. Rejects if it cannot be opened. */
  ready: Promise<void> = Promise.resolve();
  private readonly handlers: HandlerTable<ChannelName>;
  private backupTimer: ReturnType<typeof setInterval> | undefined;

  /**
   * Builds the service and starts opening the data, without waiting: the window or the page loads
   * meanwhile (at 10,000 attempts reading the index is a noticeable part of a start), and every
   * call waits for `ready`. What Electron and `proctor serve` both run.
   */
  static start(options: ServiceOptions): ProctorService {
    const service = new ProctorService(options);
    service.ready = service.init().then(() => service.startBackupTimer());
    // Handled by whoever awaits `ready` (and by every call, which answers with the error).
    service.ready.catch(() => {});
    return service;
  }

  /** Builds, opens and starts the service, and waits until the data is open. */
  static async open(options: ServiceOptions): Promise<ProctorService> {
    const service = ProctorService.start(options);
    return service.ready.then(() => service);
  }

  constructor(private readonly options: ServiceOptions) {
    this.now = options.now ?? Date.now;
    this.notices = new NoticeLog(this.now);
    this.packs = new PackRegistry(options.packsDirs, {
      importedDir: join(options.dataDir, 'packs'),
      retiredDir: join(options.dataDir, 'retired-packs'),
    });
    this.backups = new BackupManager(options.dataDir, this.now);
    this.startup = new StartupBackup(this.backups, logFailure('backup'));
    this.store = new AttemptStore(options.dataDir, this.notices, this.backups);
    this.reports = new ReportStore(options.dataDir, this.notices);
    this.schedule = new ScheduleStore(options.dataDir, this.notices);
    this.settings = new SettingsStore(options.dataDir, this.notices);
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
      settings: this.settings,
      notices: this.notices,
      scheduleReady: () => this.scheduleReady,
      ledgerReady: () => this.ledgerReady,
      reopenData: () => this.openData({ reload: true }),
      rebuildDerived: () => this.rebuildDerived(),
    });
  }

  async init(): Promise<void> {
    // Side by side: both mostly wait on the disk, and the attempt files do not need the packs.
    await Promise.all([this.packs.reload(), this.store.init()]);
    await this.openData({ reload: false });
    await this.lifecycle.settleExpired();
    // In the background: a first backup of a large history copies every file, and the user
    // should not wait for it. Later starts only compare file stats.
    this.startup.schedule(this.options.startupBackupDelayMs ?? 0);
  }

  /**
   * Opens every data file, at start and again after a restore replaced them. A missing schedule
   * or a ledger that does not match the attempts is rebuilt from them in the background, so a
   * large history does not delay the first screen; a failed rebuild is logged and never blocks
   * the submissions that wait for it.
   */
  private async openData({ reload }: { reload: boolean }): Promise<void> {
    // At start the store is open already (see init); a restore replaced its files.
    if (reload) await this.store.reload();
    await this.reports.init();
    await this.settings.init();
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
    await this.ready.catch(() => {});
    this.stop();
    this.startup.takeNow();
    const { startup, store, backups, ledger } = this;
    await Promise.all([startup.done, this.scheduleReady, this.ledgerReady, store.idle(), backups.idle(), ledger.idle()]);
  }

  /** Validates and runs one call once the data is open. Never throws: every failure is a typed error envelope. */
  dispatch(channel: string, payload: unknown): Promise<Envelope<unknown>> {
    return dispatchCall(this.handlers, channel, payload, this.options.checkResponses ?? false, this.ready);
  }
}

export function defaultPacksDirs(root: string, dataDir: string): string[] {
  return [join(root, 'exams'), join(dataDir, 'packs')];
}
