/**
 * The full backup in one file: every data file (attempts and their index, question reports, the
 * review schedule, settings when present) and every imported pack, as one JSON document. Its
 * restore checks every file before anything is touched, backs the current data up, then makes
 * the data folder equal to the file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { formatPackError, InvalidRequestError, parsePack } from '../../core/index.ts';
import type { BackupManager } from './backups.ts';
import { DATA_FILE, dataFilesOf, replaceDataFiles } from './data-files.ts';
import { migrate } from './migrations.ts';
import { reportsFileSchema } from './report-store.ts';
import { scheduleFileSchema } from './schedule-store.ts';
import { attemptFileSchema, indexFileSchema } from './stored-schemas.ts';
import type { BackupContents, BackupFileSummary } from '../../shared/contract/backup-file.ts';

export const backupFileSchema = z.object({
  format: z.literal('proctor-backup'),
  version: z.literal(1),
  createdAt: z.number(),
  appVersion: z.string(),
  files: z.array(
    z.object({ path: z.string().regex(DATA_FILE, 'is not a Proctor data file'), encoding: z.enum(['utf8', 'base64']), data: z.string() }),
  ),
});
export type BackupFile = z.infer<typeof backupFileSchema>;

export type { BackupContents, BackupFileSummary };

export function backupFileName(now: number): string {
  return `proctor-backup-${new Date(now).toISOString().slice(0, 19).replace(/[:T]/g, '-')}.json`;
}

export async function createBackupFile(dataDir: string, appVersion: string, now: number): Promise<string> {
  const files: BackupFile['files'] = [];
  for (const path of await dataFilesOf(dataDir)) {
    const bytes = await readFile(join(dataDir, path));
    const binary = path.includes('/images/');
    files.push({ path, encoding: binary ? 'base64' : 'utf8', data: bytes.toString(binary ? 'base64' : 'utf8') });
  }
  const file: BackupFile = { format: 'proctor-backup', version: 1, createdAt: now, appVersion, files };
  return JSON.stringify(file);
}

const bytesOf = (file: BackupFile['files'][number]) => Buffer.from(file.data, file.encoding === 'base64' ? 'base64' : 'utf8');

/** Every problem of a backup file, each naming the file inside it; an empty list means it can be restored. */
function contentsOf(files: { path: string; text: () => string }[]): { contents: BackupContents; problems: string[] } {
  const problems: string[] = [];
  const json = (file: { path: string; text: () => string }, schema: z.ZodType) => {
    try {
      const result = schema.safeParse(migrate(JSON.parse(file.text()), file.path));
      if (!result.success)
        problems.push(`${file.path}: ${result.error.issues[0]!.path.join('.') || 'content'}: ${result.error.issues[0]!.message}`);
      return result.success ? (result.data as Record<string, unknown>) : undefined;
    } catch (error) {
      problems.push(`${file.path}: ${(error as Error).message}`);
      return undefined;
    }
  };
  let reports = 0;
  for (const file of files) {
    if (file.path.startsWith('attempts/')) json(file, attemptFileSchema);
    else if (file.path === 'index.json') json(file, indexFileSchema);
    else if (file.path === 'reports.json') reports = ((json(file, reportsFileSchema)?.reports as unknown[]) ?? []).length;
    else if (file.path === 'review.json') json(file, scheduleFileSchema);
  }
  const packs: BackupContents['packs'] = [];
  for (const id of new Set(files.filter((f) => f.path.startsWith('packs/')).map((f) => f.path.split('/')[1]!))) {
    const of = (prefix: string) =>
      files.filter((f) => f.path.startsWith(`packs/${id}/${prefix}`)).map((f) => ({ path: f.path, text: f.text() }));
    const [manifest] = of('pack.yaml');
    if (!manifest) {
      problems.push(`packs/${id}: no pack.yaml`);
      continue;
    }
    const parsed = parsePack({ manifest, questionFiles: of('questions/') });
    if (parsed.pack) packs.push({ id: parsed.pack.id, title: parsed.pack.title, questionCount: parsed.pack.questions.length });
    else problems.push(...parsed.errors.slice(0, 5).map(formatPackError));
  }
  const has = (path: string) => files.some((f) => f.path === path);
  return {
    contents: {
      attempts: files.filter((f) => f.path.startsWith('attempts/')).length,
      reports,
      schedule: has('review.json'),
      settings: has('settings.json'),
      packs,
    },
    problems,
  };
}

export function readBackupFile(text: string): BackupFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InvalidRequestError(
      'this is not a Proctor backup file: it is not JSON ' +
        '(a backup file is made by "Download full backup (one file)" in the app or `proctor backup`)',
    );
  }
  const parsed = backupFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InvalidRequestError(
      `this is not a Proctor backup file, or it is damaged: ${issue.path.join('.') || 'the top level'}: ${issue.message}`,
    );
  }
  return parsed.data;
}

export async function inspectBackupFile(text: string, dataDir: string): Promise<BackupFileSummary> {
  const file = readBackupFile(text);
  const { contents, problems } = contentsOf(file.files.map((f) => ({ path: f.path, text: () => bytesOf(f).toString('utf8') })));
  if (problems.length > 0)
    throw new InvalidRequestError(
      `the backup file cannot be restored; nothing was changed. ${problems.slice(0, 10).join('; ')}` +
        (problems.length > 10 ? ` (and ${problems.length - 10} more)` : ''),
    );
  return { createdAt: file.createdAt, appVersion: file.appVersion, contents, current: await currentContents(dataDir) };
}

/** What the data folder holds now, read as the restore would read it (a damaged file counts as absent). */
async function currentContents(dataDir: string): Promise<BackupContents> {
  const live = await dataFilesOf(dataDir);
  const texts = new Map<string, string>();
  for (const path of live)
    if (!path.startsWith('attempts/') && !path.includes('/images/')) texts.set(path, await readFile(join(dataDir, path), 'utf8'));
  const { contents } = contentsOf([...texts].map(([path, text]) => ({ path, text: () => text })));
  return { ...contents, attempts: live.filter((p) => p.startsWith('attempts/')).length };
}

/** Checks the file, backs the current data up, then replaces it. */
export async function restoreBackupFile(text: string, dataDir: string, backups: BackupManager): Promise<BackupFileSummary> {
  const summary = await inspectBackupFile(text, dataDir);
  const file = readBackupFile(text);
  await backups.backup('before-restore', true);
  const byPath = new Map(file.files.map((f) => [f.path, f]));
  await replaceDataFiles(dataDir, await dataFilesOf(dataDir), [...byPath.keys()], async (path) => bytesOf(byPath.get(path)!), {
    packs: true,
  });
  return summary;
}
