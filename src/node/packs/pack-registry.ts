/**
 * The exam packs loaded from disk, by id, and the folders that could not be loaded. Packs come
 * from the built-in folder (exams/) and from the data folder (imported); packs the user deleted
 * are kept aside, read-only, so the reviews of attempts on them still show their questions.
 */
import { join } from 'node:path';
import { formatPackError, NotFoundError, type Pack } from '../../core/index.ts';
import type { PackProblem } from '../../shared/contract/index.ts';
import { loadPacks } from './pack-files.ts';

export interface PackFolders {
  /** Where imported packs live (data/packs); packs from any other folder are built in. */
  importedDir?: string;
  /** Deleted imported packs, one folder each, kept for the review of old attempts. */
  retiredDir?: string;
}

export class PackRegistry {
  private readonly packs = new Map<string, Pack>();
  private readonly folders = new Map<string, string>();
  private readonly retired = new Map<string, Pack>();
  private problemList: PackProblem[] = [];

  /** Folders holding pack folders, in priority order: the first pack with an id wins. */
  constructor(
    private readonly dirs: readonly string[],
    readonly options: PackFolders = {},
  ) {}

  async reload(): Promise<void> {
    this.packs.clear();
    this.folders.clear();
    this.retired.clear();
    this.problemList = [];
    for (const dir of this.dirs) {
      const loaded = await loadPacks(dir);
      for (const pack of loaded.packs) {
        if (this.packs.has(pack.id)) continue;
        this.packs.set(pack.id, pack);
        this.folders.set(pack.id, dir);
      }
      this.problemList.push(...loaded.problems.map((p) => ({ folder: p.folder, errors: p.errors.map(formatPackError) })));
    }
    if (this.options.retiredDir) {
      // Newest last: a pack id deleted twice reviews with its latest questions.
      for (const pack of (await loadPacks(this.options.retiredDir)).packs) this.retired.set(pack.id, pack);
    }
  }

  get(id: string): Pack {
    const pack = this.packs.get(id);
    if (!pack) throw new NotFoundError(`no exam pack "${id}" is loaded`);
    return pack;
  }

  /** A loaded pack, or a deleted one kept for reviews. */
  find(id: string): Pack | undefined {
    return this.packs.get(id) ?? this.retired.get(id);
  }

  list(): Pack[] {
    return [...this.packs.values()];
  }

  isImported(id: string): boolean {
    return this.options.importedDir !== undefined && this.folders.get(id) === this.options.importedDir;
  }

  /** Ids no new pack may take: every loaded pack's and every deleted one's. */
  takenIds(): Set<string> {
    return new Set([...this.packs.keys(), ...this.retired.keys()]);
  }

  folderOf(id: string): string | undefined {
    const dir = this.folders.get(id);
    return dir ? join(dir, id) : undefined;
  }

  problems(): PackProblem[] {
    return this.problemList;
  }
}
