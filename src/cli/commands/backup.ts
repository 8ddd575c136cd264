/** `proctor backup` and `proctor restore`: the whole data folder in one file, and back. */
import { createInterface } from 'node:readline/promises';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BackupManager } from '../../node/storage/backups.ts';
import {
  backupFileName,
  createBackupFile,
  inspectBackupFile,
  restoreBackupFile,
  type BackupContents,
} from '../../node/storage/backup-file.ts';
import { dataDirOf, dataDirOption } from '../data.ts';
import { UsageError } from '../usage.ts';
import { appVersion } from '../version.ts';

export const BACKUP_HELP = `Usage: proctor backup [--out <file>] [--data-dir D]

Writes one file holding all your data: attempts, the review schedule, question reports,
settings and imported packs. Restore it with \`proctor restore <file>\`.`;

export const RESTORE_HELP = `Usage: proctor restore <file> [--yes] [--data-dir D]

Replaces your data with a backup file's, after checking every file in it and backing up the
current data. It says what will be replaced and asks first (--yes answers for you).`;

export async function backup(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { out: { type: 'string' }, ...dataDirOption } });
  if (positionals.length > 0) throw new UsageError('backup takes no file; use --out <file>');
  const now = Date.now();
  const out = resolve(values.out ?? backupFileName(now));
  const text = await createBackupFile(dataDirOf(values), appVersion(), now);
  await writeFile(out, text);
  const { files } = JSON.parse(text) as { files: unknown[] };
  console.log(`Backed up ${files.length} file(s) to ${out} (${(text.length / 1024).toFixed(0)} KB).`);
  return 0;
}

const describe = (c: BackupContents) =>
  `${c.attempts} attempt(s), ${c.reports} question report(s), ${c.schedule ? 'a' : 'no'} review schedule, ` +
  `${c.settings ? '' : 'no '}settings, ${c.packs.length} imported pack(s)` +
  (c.packs.length ? ` (${c.packs.map((p) => p.title).join(', ')})` : '');

export async function restore(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { yes: { type: 'boolean', default: false }, ...dataDirOption },
  });
  if (positionals.length !== 1) throw new UsageError('restore needs one backup file');
  const dataDir = dataDirOf(values);
  const file = positionals[0]!;
  if ((await stat(file)).size > 512 * 1024 * 1024) throw new Error(`${file} is larger than any Proctor backup can be`);
  const text = await readFile(file, 'utf8');
  const summary = await inspectBackupFile(text, dataDir);
  console.log(`Backup of ${new Date(summary.createdAt).toLocaleString()} (Proctor ${summary.appVersion}): ${describe(summary.contents)}.`);
  console.log(`It replaces your current data: ${describe(summary.current)}. The current data is backed up first.`);
  if (!values.yes) {
    if (!process.stdin.isTTY) throw new UsageError('restore asks before replacing your data: add --yes to confirm');
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    const answer = await prompt.question('Replace your data with the backup? [y/N] ');
    prompt.close();
    if (!/^y(es)?$/i.test(answer.trim())) {
      console.log('Nothing was changed.');
      return 1;
    }
  }
  await restoreBackupFile(text, dataDir, new BackupManager(dataDir));
  console.log('Restored. Start (or restart) Proctor to see the restored data.');
  return 0;
}
