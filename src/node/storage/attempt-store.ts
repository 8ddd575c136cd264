/**
 * Attempts on disk: one small lowdb file per attempt (written on every answer, so an autosave
 * costs the same at 10 or 10,000 stored attempts) and an index of summaries (written only when
 * an attempt starts or ends). The index is derived data: it can always be rebuilt from the
 * attempt files, so a damaged index loses nothing.
 */
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { summarizeAttempt, type Attempt, type AttemptSummary } from '../../core/index.ts';
import { CorruptFileError, ValidatedJsonFile } from './json-file.ts';
import type { BackupManager } from './backups.ts';
import { writeFileDurable } from './durable-write.ts';
import { migrate, NewerDataError, versionOf } from './migrations.ts';
import { attemptFileSchema, CURRENT_SCHEMA_VERSION, indexFileSchema, type AttemptFile, type IndexFile } from './stored-schemas.ts';
import type { NoticeLog } from './notices.ts';

export class AttemptNotFoundError extends Error {}

const ATTEMPT_ID = /^[A-Za-z0-9._-]{1,200}$/;

export class AttemptStore {
  readonly attemptsDir: string;
  readonly indexPath: string;
  private readonly summaries = new Map<string, AttemptSummary>();
  private readonly open = new Map<string, Low<AttemptFile>>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private index!: Low<IndexFile>;

  constructor(
    readonly dataDir: string,
    private readonly notices: NoticeLog,
    private readonly backups?: BackupManager,
  ) {
    this.attemptsDir = join(dataDir, 'attempts');
    this.indexPath = join(dataDir, 'index.json');
  }

  async init(): Promise<void> {
    await mkdir(this.attemptsDir, { recursive: true });
    await this.removeStaleTempFiles();
    await this.migrateFolder();
    const adapter = new ValidatedJsonFile(this.indexPath, indexFileSchema, migrate);
    this.index = new Low(adapter, { schemaVersion: CURRENT_SCHEMA_VERSION, attempts: [] });
    let stored: IndexFile | null = null;
    try {
      stored = await adapter.read();
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      await this.setAside(error);
    }
    if (stored) {
      for (const summary of stored.attempts) this.summaries.set(summary.id, summary);
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
    const onDisk = new Set<string>();
    for (const name of await readdir(this.attemptsDir)) {
      const match = /^(.+)\.json$/.exec(name);
      if (match && ATTEMPT_ID.test(match[1]!)) onDisk.add(match[1]!);
    }
    let changed = false;
    for (const id of [...this.summaries.keys()]) {
      if (!onDisk.has(id)) {
        this.summaries.delete(id);
        changed = true;
      }
    }
    for (const id of onDisk) {
      const known = this.summaries.get(id);
      if (known && known.status !== 'in-progress') continue;
      try {
        const fresh = summarizeAttempt(await this.load(id));
        if (!known || known.status !== fresh.status) changed = true;
        this.summaries.set(id, fresh);
      } catch (error) {
        if (!(error instanceof AttemptNotFoundError)) throw error;
        changed = true;
      }
    }
    if (changed) await this.writeIndex();
  }

  /** Reads every attempt file and writes a fresh index; used when the index is missing or bad. */
  async rebuildIndex(): Promise<void> {
    this.summaries.clear();
    for (const name of await readdir(this.attemptsDir)) {
      const match = /^(.+)\.json$/.exec(name);
      if (!match || !ATTEMPT_ID.test(match[1]!)) continue;
      try {
        const attempt = await this.load(match[1]!);
        this.summaries.set(attempt.id, summarizeAttempt(attempt));
      } catch (error) {
        if (!(error instanceof AttemptNotFoundError)) throw error;
      }
    }
    await this.writeIndex();
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
    this.open.clear();
    this.summaries.clear();
    await this.init();
  }

  list(): AttemptSummary[] {
    return [...this.summaries.values()];
  }

  summary(id: string): AttemptSummary | undefined {
    return this.summaries.get(id);
  }

  private pathOf(id: string): string {
    if (!ATTEMPT_ID.test(id)) throw new AttemptNotFoundError(`no attempt "${id}"`);
    return join(this.attemptsDir, `${id}.json`);
  }

  async load(id: string): Promise<Attempt> {
    let db = this.open.get(id);
    if (!db) {
      const adapter = new ValidatedJsonFile(this.pathOf(id), attemptFileSchema, migrate);
      let data: AttemptFile | null;
      try {
        data = await adapter.read();
      } catch (error) {
        if (error instanceof NewerDataError) {
          this.notices.add('warning', `${error.message}`);
          this.summaries.delete(id);
          throw new AttemptNotFoundError(`attempt ${id} was written by a newer Proctor`);
        }
        if (!(error instanceof CorruptFileError)) throw error;
        await this.setAside(error);
        data = await this.restoreFromBackup(id, adapter.path);
        if (!data) {
          this.summaries.delete(id);
          throw new AttemptNotFoundError(`attempt ${id} could not be read and was set aside; no backup holds a good copy`);
        }
      }
      if (!data) throw new AttemptNotFoundError(`no attempt "${id}"`);
      db = new Low(adapter, data);
      // Keep only attempts still being written in memory; finished ones are read rarely.
      if (data.attempt.status === 'in-progress') this.open.set(id, db);
    }
    return db.data.attempt;
  }

  /** Runs read-modify-write steps of one attempt one after another. */
  async withAttempt<T>(id: string, step: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.then(step, step);
    const settled = next.catch(() => {});
    this.queues.set(id, settled);
    try {
      return await next;
    } finally {
      if (this.queues.get(id) === settled) this.queues.delete(id);
    }
  }

  /** Saves an attempt; the index is rewritten only when the attempt is new or its status changed. */
  async save(attempt: Attempt): Promise<void> {
    let db = this.open.get(attempt.id);
    if (!db) {
      db = new Low(new ValidatedJsonFile(this.pathOf(attempt.id), attemptFileSchema, migrate), {
        schemaVersion: CURRENT_SCHEMA_VERSION,
        attempt,
      });
      this.open.set(attempt.id, db);
    }
    db.data = { schemaVersion: CURRENT_SCHEMA_VERSION, attempt };
    await db.write();
    const before = this.summaries.get(attempt.id);
    if (!before || before.status !== attempt.status) {
      this.summaries.set(attempt.id, summarizeAttempt(attempt));
      await this.writeIndex();
    }
    // Finished attempts are rarely read again: do not keep them in memory.
    if (attempt.status !== 'in-progress') this.open.delete(attempt.id);
  }

  private async writeIndex(): Promise<void> {
    this.index.data = { schemaVersion: CURRENT_SCHEMA_VERSION, attempts: [...this.summaries.values()] };
    await this.index.write();
  }

  /** Puts back the newest backed-up copy of an attempt file that passes validation. */
  private async restoreFromBackup(id: string, path: string): Promise<AttemptFile | null> {
    if (!this.backups) return null;
    const isGood = (text: string) => {
      try {
        return attemptFileSchema.safeParse(migrate(JSON.parse(text), path)).success;
      } catch {
        return false;
      }
    };
    const copy = await this.backups.newestGoodCopy(`attempts/${id}.json`, isGood);
    if (!copy) {
      this.notices.add('error', `No backup holds a readable copy of attempt ${id}; it is left out of your history.`);
      return null;
    }
    await this.backups.backup('before-restore', true);
    await writeFileDurable(path, copy.text);
    const restored = attemptFileSchema.parse(migrate(JSON.parse(copy.text), path));
    this.notices.add(
      'warning',
      `Attempt ${id} was restored from the backup of ${new Date(copy.backup.createdAt).toLocaleString()}; changes made after that backup are lost.`,
    );
    return restored;
  }

  /**
   * Brings every stored file to the current schema version, after a backup. Runs once, when the
   * index says the folder is older than this build.
   */
  private async migrateFolder(): Promise<void> {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(this.indexPath, 'utf8'));
    } catch {
      return; // missing or unreadable: init() handles both
    }
    const version = versionOf(raw);
    if (version < 0 || version >= CURRENT_SCHEMA_VERSION) return;
    await this.backups?.backup('before-migration', true);
    for (const name of await readdir(this.attemptsDir)) {
      if (!name.endsWith('.json')) continue;
      const path = join(this.attemptsDir, name);
      try {
        const data = attemptFileSchema.parse(migrate(JSON.parse(await readFile(path, 'utf8')), path));
        await writeFileDurable(path, JSON.stringify(data));
      } catch {
        /* left as it is: the normal read path sets it aside and tells the user */
      }
    }
    const index = indexFileSchema.safeParse(migrate(raw, this.indexPath));
    if (index.success) await writeFileDurable(this.indexPath, JSON.stringify(index.data));
    this.notices.add(
      'info',
      `Your data was upgraded from version ${version} to ${CURRENT_SCHEMA_VERSION}; a backup of the old files was taken first.`,
    );
  }

  /** Reads and validates every data file, setting aside and restoring what is damaged. */
  async check(): Promise<{ checkedFiles: number; problems: string[] }> {
    const mark = this.notices.added;
    this.open.clear();
    let checked = 0;
    for (const name of await readdir(this.attemptsDir)) {
      const match = /^(.+)\.json$/.exec(name);
      if (!match || !ATTEMPT_ID.test(match[1]!)) continue;
      checked++;
      await this.withAttempt(match[1]!, () =>
        this.load(match[1]!).catch((error) => {
          if (!(error instanceof AttemptNotFoundError)) throw error;
        }),
      );
    }
    await this.rebuildIndex();
    return { checkedFiles: checked + 1, problems: this.notices.since(mark).map((n) => n.message) };
  }

  private async setAside(error: CorruptFileError): Promise<void> {
    const aside = `${error.path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await rename(error.path, aside);
    this.notices.add(
      'error',
      `Could not read ${error.path} (${error.reason}). It was moved to ${aside} and kept as it was; nothing was written over it.`,
    );
  }
}
