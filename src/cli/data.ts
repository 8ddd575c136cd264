/** What several commands share: the data folder, and the packs as the app sees them. */
import { join, resolve } from 'node:path';
import { ImportedPacks } from '../node/packs/imported-packs.ts';
import { PackRegistry } from '../node/packs/pack-registry.ts';
import { appRoot, defaultDataDir } from '../node/paths.ts';
import { BackupManager } from '../node/storage/backups.ts';

export const dataDirOption = { 'data-dir': { type: 'string' } } as const;

export function dataDirOf(values: { 'data-dir'?: string }): string {
  return values['data-dir'] ? resolve(values['data-dir']) : defaultDataDir();
}

/** The built-in packs and the data folder's, with the imported-pack manager over them. */
export async function openPacks(dataDir: string) {
  const registry = new PackRegistry([join(appRoot(), 'exams'), join(dataDir, 'packs')], {
    importedDir: join(dataDir, 'packs'),
    retiredDir: join(dataDir, 'retired-packs'),
  });
  await registry.reload();
  const backups = new BackupManager(dataDir);
  return { registry, backups, imported: new ImportedPacks(dataDir, registry, backups, undefined) };
}
