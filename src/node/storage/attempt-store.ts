/**
 * Attempts on disk: one file per attempt (written on every answer, so an autosave costs the same
 * at 10 or 10,000 stored attempts) and an index of summaries (written when one starts or ends).
 * Each idea lives in its own module; this class puts them in order and serializes writes.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { summarizeAttempt, type Attempt, type AttemptSummary } from '../../core/index.ts';
import { AttemptFiles, AttemptNotFoundError } from './attempt-files.ts';
import { AttemptIndex } from './attempt-index.ts';
import { restoreAttemptFromBackup } from './attempt-repair.ts';
import type { BackupManager } from './backups.ts';
import { migrateFolder } from './folder-migration.ts';
import { CorruptFileError } from './json-file.ts';
import { KeyedQueue } from './keyed-queue.ts';
import { NewerDataError } from './migrations.ts';
import type { Notice } from '../../shared/contract/index.ts';
import type { NoticeLog } from './notices.ts';
import { setAside } from './set-aside.ts';
import type { AttemptFile } from './stored-schemas.ts';

export { AttemptNotFoundError };

export class AttemptStore {
  readonly attemptsDir: string;
  readonly indexPath: string;
  private readonly files: AttemptFiles;
  private readonly index: AttemptIndex;
  private readonly queue = new KeyedQueue();
  /** Files set aside since start: the data check reports how many it found. */
  private damaged = 0;

  constructor(
    readonly dataDir: string,
    private readonly notices: NoticeLog,
    private readonly backups?: BackupManager,
  ) {
    this.attemptsDir = join(dataDir, 'attempts');
    this.indexPath = join(dataDir, 'index.json');
    this.files = new AttemptFiles(this.attemptsDir);
    this.index = new AttemptIndex(this.indexPath);
  }

  async init(): Promise<void> {
    await mkdir(this.attemptsDir, { recursive: true });
    await this.removeStaleTempFiles();
    await migrateFolder(this.indexPath, this.attemptsDir, this.backups, this.notices);
    let stored: AttemptSummary[] | null = null;
    try {
      stored = await this.index.read();
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      await setAside(error, this.notices);
    }
    if (stored) {
      this.index.replaceAll(stored);
      await this.reconcile();
    } else {
      await this.rebuildIndex();
    }
  }

  /**
   * The index is written after the attempt file, so a crash between the two leaves it behind:
   * add attempt files it lacks, drop entries whose file is gone, refresh unfinished ones.
   */
  private async reconcile(): Promise<void> {
    const onDisk = new Set(await this.files.ids());
    let changed = false;
    for (const id of this.index.ids()) if (!onDisk.has(id)) changed = this.index.delete(id) || changed;
    for (const id of onDisk) {
      const known = this.index.get(id);
      if (known && known.status !== 'in-progress') continue;
      try {
        const fresh = summarizeAttempt(await this.load(id));
        if (!known || known.status !== fresh.status) changed = true;
        this.index.set(fresh);
      } catch (error) {
        if (!(error instanceof AttemptNotFoundError)) throw error;
        changed = true;
      }
    }
    if (changed) await this.index.write();
  }

  /** Reads every attempt file and writes a fresh index; used when the index is missing or bad. */
  async rebuildIndex(): Promise<void> {
    this.index.clear();
    for (const id of await this.files.ids()) {
      try {
        this.index.set(summarizeAttempt(await this.load(id)));
      } catch (error) {
        if (!(error instanceof AttemptNotFoundError)) throw error;
      }
    }
    await this.index.write();
  }

  /** A write interrupted by a crash leaves its temp file behind; the real file is intact. */
  private async removeStaleTempFiles(): Promise<void> {
    for (const dir of [this.dataDir, this.attemptsDir]) {
      for (const name of await readdir(dir)) {
        if (name.startsWith('.') && name.endsWith('.tmp')) await rm(join(dir, name), { force: true });
      }
    }
  }

  /** Forgets everything cached, e.g. after the files were replaced by a restore. */
  async reload(): Promise<void> {
    this.files.forget();
    this.index.clear();
    await this.init();
  }

  list(): AttemptSummary[] {
    return this.index.list();
  }

  summary(id: string): AttemptSummary | undefined {
    return this.index.get(id);
  }

  async load(id: string): Promise<Attempt> {
    const cached = this.files.cached(id);
    if (cached) return cached;
    const data = await this.read(id);
    this.files.remember(id, data);
    return data.attempt;
  }

  /** Reads one attempt file; a damaged one is set aside and restored from the newest good backup. */
  private async read(id: string): Promise<AttemptFile> {
    const adapter = this.files.adapterOf(id);
    let data: AttemptFile | null;
    try {
      data = await adapter.read();
    } catch (error) {
      if (error instanceof NewerDataError) {
        this.notices.add('warning', error.message);
        this.index.delete(id);
        throw new AttemptNotFoundError(`attempt ${id} was written by a newer Proctor`);
      }
      if (!(error instanceof CorruptFileError)) throw error;
      this.damaged++;
      await setAside(error, this.notices);
      data = await restoreAttemptFromBackup(id, adapter.path, this.backups, this.notices);
      if (!data) {
        this.index.delete(id);
        throw new AttemptNotFoundError(`attempt ${id} could not be read and was set aside; no backup holds a good copy`);
      }
    }
    if (!data) throw new AttemptNotFoundError(`no attempt "${id}"`);
    return data;
  }

  /** Runs read-modify-write steps of one attempt one after another. */
  withAttempt<T>(id: string, step: () => Promise<T>): Promise<T> {
    return this.queue.run(id, step);
  }

  /** Resolves when every queued write has finished (for shutdown). */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** Saves an attempt; the index is rewritten only when the attempt is new or its status changed. */
  async save(attempt: Attempt): Promise<void> {
    await this.files.write(attempt);
    const before = this.index.get(attempt.id);
    if (!before || before.status !== attempt.status) {
      this.index.set(summarizeAttempt(attempt));
      await this.index.write();
    }
  }

  /** Removes an attempt's file and its summary (the caller backs up first and holds its queue). */
  async remove(id: string): Promise<void> {
    await rm(this.files.pathOf(id), { force: true });
    this.files.forget(id);
    if (this.index.delete(id)) await this.index.write();
  }

  /** Reads and validates every data file, setting aside and restoring what is damaged. */
  async check(): Promise<{ checkedFiles: number; damagedFiles: number; problems: Notice[] }> {
    const mark = this.notices.added;
    const damagedBefore = this.damaged;
    this.files.forget();
    const ids = await this.files.ids();
    for (const id of ids) {
      await this.withAttempt(id, () =>
        this.load(id).catch((error: unknown) => {
          if (!(error instanceof AttemptNotFoundError)) throw error;
        }),
      );
    }
    await this.rebuildIndex();
    return { checkedFiles: ids.length + 1, damagedFiles: this.damaged - damagedBefore, problems: this.notices.since(mark) };
  }
}
