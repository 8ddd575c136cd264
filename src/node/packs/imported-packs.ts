/**
 * The packs the user imported, in the data folder: installed, renamed and deleted, each change
 * after a backup. A built-in pack is never written over; a deleted pack moves to retired-packs/
 * so the reviews of attempts on it still show its questions.
 */
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { ConflictError, InvalidRequestError, NotFoundError, slug } from '../../core/index.ts';
import type { AttemptStore } from '../storage/attempt-store.ts';
import type { BackupManager } from '../storage/backups.ts';
import { writeFileDurable } from '../storage/durable-write.ts';
import type { PackRegistry } from './pack-registry.ts';
import { writePackFolder, type PackContent } from './pack-writer.ts';

export class ImportedPacks {
  readonly dir: string;
  readonly retiredDir: string;

  constructor(
    dataDir: string,
    private readonly registry: PackRegistry,
    private readonly backups: BackupManager,
    private readonly store: AttemptStore | undefined,
    private readonly now: () => number = Date.now,
  ) {
    this.dir = registry.options.importedDir ?? join(dataDir, 'packs');
    this.retiredDir = registry.options.retiredDir ?? join(dataDir, 'retired-packs');
  }

  /** A free id from a title or file name: "my-bank", else "my-bank-2", ... */
  freeId(from: string): string {
    const base = slug(from).slice(0, 40).replace(/-+$/, '') || 'imported';
    const taken = this.registry.takenIds();
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    return id;
  }

  private imported(id: string): string {
    if (!this.registry.find(id)) throw new NotFoundError(`no exam pack "${id}"`);
    if (!this.registry.isImported(id))
      throw new InvalidRequestError(`"${id}" is a built-in pack: only imported packs can be renamed or deleted`);
    return join(this.dir, id);
  }

  async install(content: PackContent, { replace = false } = {}): Promise<{ backup?: string }> {
    const id = content.manifest.id;
    const exists = this.registry.isImported(id);
    if (this.registry.find(id) && !exists) {
      const live = this.registry.list().some((p) => p.id === id);
      throw new ConflictError(
        live
          ? `"${id}" is a built-in pack; an import never replaces it: choose another id`
          : `"${id}" was the id of a deleted pack whose attempts are kept: choose another id`,
      );
    }
    if (exists && !replace) throw new ConflictError(`${join(this.dir, id)} already exists: choose another id, or replace it`);
    const backup = await this.backups.backup('before-import', true);
    await mkdir(this.dir, { recursive: true });
    await writePackFolder(join(this.dir, id), content, { replace: exists });
    await this.registry.reload();
    return backup ? { backup: backup.name } : {};
  }

  async rename(id: string, title: string): Promise<void> {
    const manifestPath = join(this.imported(id), 'pack.yaml');
    const doc = parseDocument(await readFile(manifestPath, 'utf8'));
    await this.backups.backup('before-rename-pack', true);
    doc.set('title', title);
    await writeFileDurable(manifestPath, doc.toString());
    await this.registry.reload();
  }

  async remove(id: string): Promise<{ backup?: string }> {
    const folder = this.imported(id);
    const unfinished = this.store?.list().find((a) => a.packId === id && a.status === 'in-progress');
    if (unfinished) throw new ConflictError(`"${unfinished.title}" on this pack is not finished: end it before deleting the pack`);
    const backup = await this.backups.backup('before-delete-pack', true);
    await mkdir(this.retiredDir, { recursive: true });
    for (const name of await readdir(this.retiredDir))
      if (name.startsWith(`${id}--`)) await rm(join(this.retiredDir, name), { recursive: true, force: true });
    await rename(folder, join(this.retiredDir, `${id}--${this.now()}`));
    await this.registry.reload();
    return backup ? { backup: backup.name } : {};
  }
}
