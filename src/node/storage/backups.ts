/**
 * Rotating, incremental backups of the data folder. Each backup is a folder holding a copy of
 * every data file. Files unchanged since the previous backup are hard links to that backup's
 * copy (backup copies are never written again, so sharing them is safe); changed files are
 * copied. Live files are never linked: damage written into a live file in place (a disk error,
 * another program) must not reach its backups.
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { dataFilesOf, replaceDataFiles } from './data-files.ts';
import { backupsToKeep } from './backup-retention.ts';

export { backupsToKeep };

export const BACKUP_INTERVAL_MS = 30 * 60_000;
/** The backup at start waits until the first screen is up (see ServiceOptions.startupBackupDelayMs). */
export const STARTUP_BACKUP_DELAY_MS = 3000;
const MANIFEST = 'backup.json';

export interface BackupInfo {
  name: string;
  path: string;
  createdAt: number;
  reason: string;
  fingerprint: string;
  /** 2 since backups hold imported packs and settings too. */
  layout?: number;
  /** File -> signature (size, mtime, inode) of the live file when it was copied. */
  files?: Record<string, string>;
}

const signatureOf = (info: { size: number; mtimeMs: number; ino: number }) => `${info.size}:${info.mtimeMs}:${info.ino}`;

export class BackupManager {
  readonly backupsDir: string;
  private readonly running = new Set<Promise<unknown>>();

  constructor(
    private readonly dataDir: string,
    private readonly now: () => number = Date.now,
  ) {
    this.backupsDir = join(dataDir, 'backups');
  }

  /** The files that make up the user's data, relative to the data folder. */
  async dataFiles(): Promise<string[]> {
    return dataFilesOf(this.dataDir);
  }

  /** Changes whenever any data file is added, removed or rewritten. */
  async signatures(files?: string[]): Promise<Record<string, string>> {
    const result: Record<string, string> = {};
    for (const file of files ?? (await this.dataFiles())) {
      try {
        result[file] = signatureOf(await stat(join(this.dataDir, file)));
      } catch {
        /* removed since listed */
      }
    }
    return result;
  }

  fingerprint(signatures: Record<string, string>): string {
    const hash = createHash('sha256');
    for (const [file, signature] of Object.entries(signatures)) hash.update(`${file}\0${signature}\n`);
    return hash.digest('hex').slice(0, 32);
  }

  async list(): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = await readdir(this.backupsDir);
    } catch {
      return [];
    }
    const backups: BackupInfo[] = [];
    for (const name of names) {
      try {
        const manifest = JSON.parse(await readFile(join(this.backupsDir, name, MANIFEST), 'utf8')) as Omit<BackupInfo, 'name' | 'path'>;
        if (typeof manifest.createdAt === 'number') backups.push({ ...manifest, name, path: join(this.backupsDir, name) });
      } catch {
        /* an unfinished backup (crash while writing it): ignored, removed by thinning */
      }
    }
    return backups.sort((a, b) => b.createdAt - a.createdAt);
  }

  /** Takes a backup unless nothing changed since the last one (or `force`). */
  backup(reason: string, force = false): Promise<BackupInfo | undefined> {
    const run = this.takeBackup(reason, force);
    this.running.add(run);
    const done = () => this.running.delete(run);
    run.then(done, done);
    return run;
  }

  /** Resolves when no backup is being written (shutdown waits, so none is left half-copied). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  private async takeBackup(reason: string, force: boolean): Promise<BackupInfo | undefined> {
    const signatures = await this.signatures();
    if (Object.keys(signatures).length === 0) return undefined;
    const fingerprint = this.fingerprint(signatures);
    const latest = (await this.list())[0];
    if (!force && latest?.fingerprint === fingerprint) return undefined;
    const createdAt = this.now();
    // The random part keeps two backups taken in the same millisecond apart.
    const stamp = new Date(createdAt).toISOString().replace(/[:.]/g, '-');
    const unique = createHash('sha256').update(`${Math.random()}${process.hrtime.bigint()}`).digest('hex').slice(0, 6);
    const name = `${stamp}-${reason.replace(/[^a-z0-9-]/gi, '')}-${unique}`;
    const temp = join(this.backupsDir, `.${name}.partial`);
    await rm(temp, { recursive: true, force: true });
    await mkdir(join(temp, 'attempts'), { recursive: true });
    for (const dir of new Set(Object.keys(signatures).map((f) => dirname(f)))) await mkdir(join(temp, dir), { recursive: true });
    const stored: Record<string, string> = {};
    for (const [file, signature] of Object.entries(signatures)) {
      try {
        if (latest?.files?.[file] === signature) {
          try {
            await link(join(latest.path, file), join(temp, file));
          } catch {
            await copyFile(join(latest.path, file), join(temp, file));
          }
        } else {
          await copyFile(join(this.dataDir, file), join(temp, file));
        }
        stored[file] = signature;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // removed since listed
      }
    }
    await writeFile(join(temp, MANIFEST), JSON.stringify({ createdAt, reason, fingerprint, layout: 2, files: stored }));
    const path = join(this.backupsDir, name);
    await rename(temp, path);
    await this.thin();
    return { name, path, createdAt, reason, fingerprint, layout: 2, files: stored };
  }

  async thin(): Promise<void> {
    const backups = await this.list();
    const keep = backupsToKeep(backups, this.now());
    for (const backup of backups) if (!keep.has(backup.name)) await rm(backup.path, { recursive: true, force: true });
    for (const name of await readdir(this.backupsDir).catch(() => [] as string[])) {
      if (name.endsWith('.partial')) await rm(join(this.backupsDir, name), { recursive: true, force: true });
    }
  }

  /**
   * Makes the data folder equal to a backup, after backing up the current state (so a restore
   * can itself be undone). Attempt files and imported packs that the backup does not hold are removed.
   */
  async restore(name: string): Promise<BackupInfo> {
    const chosen = (await this.list()).find((b) => b.name === name);
    if (!chosen) throw new Error(`no backup named "${name}"`);
    await this.backup('before-restore', true);
    const files = Object.keys(chosen.files ?? {});
    const wanted = files.length > 0 ? files : await dataFilesOf(chosen.path);
    await replaceDataFiles(this.dataDir, await this.dataFiles(), wanted, (file) => readFile(join(chosen.path, file)), {
      packs: (chosen.layout ?? 1) >= 2,
    });
    return chosen;
  }

  /** The newest backed-up copy of one data file that `isGood` accepts, as text. */
  async newestGoodCopy(file: string, isGood: (text: string) => boolean): Promise<{ text: string; backup: BackupInfo } | undefined> {
    for (const backup of await this.list()) {
      try {
        const text = await readFile(join(backup.path, file), 'utf8');
        if (isGood(text)) return { text, backup };
      } catch {
        /* not in this backup */
      }
    }
    return undefined;
  }
}
