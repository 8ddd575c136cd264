/** The exam packs loaded from disk, by id, and the folders that could not be loaded. */
import { formatPackError, NotFoundError, type Pack } from '../../core/index.ts';
import type { PackProblem } from '../../shared/contract/index.ts';
import { loadPacks } from './pack-files.ts';

export class PackRegistry {
  private readonly packs = new Map<string, Pack>();
  private problemList: PackProblem[] = [];

  /** Folders holding pack folders, in priority order: the first pack with an id wins. */
  constructor(private readonly dirs: readonly string[]) {}

  async reload(): Promise<void> {
    this.packs.clear();
    this.problemList = [];
    for (const dir of this.dirs) {
      const loaded = await loadPacks(dir);
      for (const pack of loaded.packs) if (!this.packs.has(pack.id)) this.packs.set(pack.id, pack);
      this.problemList.push(...loaded.problems.map((p) => ({ folder: p.folder, errors: p.errors.map(formatPackError) })));
    }
  }

  get(id: string): Pack {
    const pack = this.packs.get(id);
    if (!pack) throw new NotFoundError(`no exam pack "${id}" is loaded`);
    return pack;
  }

  find(id: string): Pack | undefined {
    return this.packs.get(id);
  }

  list(): Pack[] {
    return [...this.packs.values()];
  }

  problems(): PackProblem[] {
    return this.problemList;
  }
}
