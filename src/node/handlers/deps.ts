/** What every handler module is given: the stores, the packs, the clock, and the id source. */
import type { ChannelName, ParsedRequestOf, ResponseOf } from '../../shared/contract/index.ts';
import type { AttemptLifecycle } from '../attempt-lifecycle.ts';
import type { ImportedPacks } from '../packs/imported-packs.ts';
import type { PackRegistry } from '../packs/pack-registry.ts';
import type { AttemptStore } from '../storage/attempt-store.ts';
import type { BackupManager } from '../storage/backups.ts';
import type { LedgerStore } from '../storage/ledger-store.ts';
import type { NoticeLog } from '../storage/notices.ts';
import type { ReportStore } from '../storage/report-store.ts';
import type { ScheduleStore } from '../storage/schedule-store.ts';
import type { SettingsStore } from '../storage/settings-store.ts';

export interface HandlerDeps {
  app: { version: string; dataDir: string; transport: 'electron' | 'http' };
  now: () => number;
  newId: (now: number, randomBytes?: number) => string;
  newSeed: () => number;
  packs: PackRegistry;
  /** The packs the user imported into the data folder. */
  imported: ImportedPacks;
  store: AttemptStore;
  lifecycle: AttemptLifecycle;
  backups: BackupManager;
  reports: ReportStore;
  schedule: ScheduleStore;
  ledger: LedgerStore;
  settings: SettingsStore;
  notices: NoticeLog;
  /** Resolves once the spaced-review schedule is rebuilt (it may be, in the background). */
  scheduleReady: () => Promise<void>;
  /** Resolves once the progress ledger matches the attempts (it may be rebuilt in the background). */
  ledgerReady: () => Promise<void>;
  /** Opens every data file again after a restore replaced them. */
  reopenData: () => Promise<void>;
  /** Rebuilds what is derived from the attempts (schedule, ledger) after one was removed. */
  rebuildDerived: () => Promise<void>;
}

/** The handlers of some channels: each takes the validated request and answers the response. */
export type HandlerTable<K extends ChannelName> = { [C in K]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> };
