/**
 * The handler table behind every IPC channel. Electron's ipcMain and the `serve` HTTP transport
 * both call `dispatch`, so the rules live in one place: validate, run, answer with an envelope.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { join } from 'node:path';
import {
  AttemptError,
  domainInfo,
  dueQuestionIds,
  historyCsv,
  historyStats,
  reduceAttempt,
  SelectionError,
  settleAttempt,
  startAttempt,
  toExamView,
  toReviewView,
  formatPackError,
  type Attempt,
  type Pack,
} from '../core/index.ts';
import {
  CHANNEL_NAMES,
  requestSchemas,
  type ApiError,
  type ChannelName,
  type Envelope,
  type PackProblem,
  type PackSummary,
  type ResponseTypes,
} from '../shared/contract.ts';
import { responseSchemas } from '../shared/response-schemas.ts';
import { loadPacks } from './pack-files.ts';
import { AttemptNotFoundError, AttemptStore } from './storage/attempt-store.ts';
import { BACKUP_INTERVAL_MS, BackupManager } from './storage/backups.ts';
import { ReportStore } from './storage/report-store.ts';
import { ReviewStore } from './storage/review-store.ts';
import { NoticeLog } from './storage/notices.ts';

export interface ServiceOptions {
  dataDir: string;
  packsDirs: string[];
  transport: 'electron' | 'http';
  version: string;
  now?: () => number;
  /** Check every response against the contract's response schemas (tests and test runs). */
  checkResponses?: boolean;
}

type Handlers = { [K in ChannelName]: (request: never) => Promise<ResponseTypes[K]> };

export class NotFoundError extends Error {}

export class ProctorService {
  readonly notices: NoticeLog;
  readonly store: AttemptStore;
  readonly backups: BackupManager;
  readonly reports: ReportStore;
  readonly review: ReviewStore;
  /** The review schedule may be rebuilt from the attempts at start; work that needs it waits. */
  reviewReady: Promise<void> = Promise.resolve();
  private backupTimer: ReturnType<typeof setInterval> | undefined;
  private packs = new Map<string, Pack>();
  private packProblems: PackProblem[] = [];
  readonly now: () => number;

  constructor(private readonly options: ServiceOptions) {
    this.now = options.now ?? Date.now;
    this.notices = new NoticeLog(this.now);
    this.backups = new BackupManager(options.dataDir, this.now);
    this.store = new AttemptStore(options.dataDir, this.notices, this.backups);
    this.reports = new ReportStore(options.dataDir, this.notices);
    this.review = new ReviewStore(options.dataDir, this.notices);
  }

  async init(): Promise<void> {
    await this.reloadPacks();
    await this.store.init();
    await this.reports.init();
    await this.review.open();
    await this.settleExpired();
    // A missing schedule is rebuilt from every attempt: in the background, so a large history
    // does not delay the first screen. Callers that need the schedule wait for it.
    this.reviewReady = this.review.rebuildIfMissing(this.store).catch((error) => console.error('[proctor] review rebuild failed:', error));
    // In the background: a first backup of a large history copies every file, and the user
    // should not wait for it. Later starts only compare file stats.
    this.startupBackup = this.backups.backup('start').catch((error) => console.error('[proctor] backup failed:', error));
  }

  /** Resolves when the backup taken at start has finished (tests and shutdown wait for it). */
  startupBackup: Promise<unknown> = Promise.resolve();

  /** A backup every 30 minutes while the app runs (skipped when nothing changed). */
  startBackupTimer(): void {
    this.backupTimer = setInterval(() => {
      this.backups.backup('periodic').catch((error) => console.error('[proctor] backup failed:', error));
    }, BACKUP_INTERVAL_MS);
    this.backupTimer.unref?.();
  }

  stop(): void {
    clearInterval(this.backupTimer);
  }

  async reloadPacks(): Promise<void> {
    this.packs.clear();
    this.packProblems = [];
    for (const dir of this.options.packsDirs) {
      const loaded = await loadPacks(dir);
      for (const pack of loaded.packs) if (!this.packs.has(pack.id)) this.packs.set(pack.id, pack);
      this.packProblems.push(...loaded.problems.map((p) => ({ folder: p.folder, errors: p.errors.map(formatPackError) })));
    }
  }

  pack(id: string): Pack {
    const pack = this.packs.get(id);
    if (!pack) throw new NotFoundError(`no exam pack "${id}" is loaded`);
    return pack;
  }

  /** Submits every attempt whose deadline passed while the app was closed. */
  async settleExpired(): Promise<void> {
    const now = this.now();
    for (const summary of this.store.list()) {
      if (summary.status === 'in-progress' && summary.deadline <= now) {
        await this.store.withAttempt(summary.id, async () => {
          const attempt = await this.store.load(summary.id).catch(() => undefined);
          if (attempt) await this.persist(attempt, settleAttempt(attempt, now));
        });
      }
    }
  }

  /** Saves an attempt; when this change submits it, the spaced-review schedule learns from it. */
  private async persist(before: Attempt, after: Attempt): Promise<void> {
    if (after === before) return;
    await this.store.save(after);
    if (before.status === 'in-progress' && after.status === 'submitted') {
      await this.reviewReady;
      await this.review.record(after);
    }
  }

  private async loadSettled(id: string): Promise<Attempt> {
    let attempt: Attempt;
    try {
      attempt = await this.store.load(id);
    } catch (error) {
      if (error instanceof AttemptNotFoundError) throw new NotFoundError(error.message);
      throw error;
    }
    const settled = settleAttempt(attempt, this.now());
    if (settled !== attempt) await this.persist(attempt, settled);
    return settled;
  }

  private newestFirst() {
    return this.store.list().sort((a, b) => b.startedAt - a.startedAt);
  }

  readonly handlers: Handlers = {
    getAppInfo: async () => ({
      version: this.options.version,
      dataDir: this.options.dataDir,
      transport: this.options.transport,
      notices: this.notices.list(),
    }),
    listPacks: async () => ({ packs: [...this.packs.values()].map(packSummary), problems: this.packProblems }),
    listAttempts: async ({ limit }: RequestOf<'listAttempts'>) => {
      await this.settleExpired();
      const all = this.newestFirst();
      return { attempts: limit ? all.slice(0, limit) : all, unfinished: all.filter((a) => a.status === 'in-progress'), total: all.length };
    },
    startAttempt: async (request: RequestOf<'startAttempt'>) => {
      const pack = this.pack(request.packId);
      const now = this.now();
      const id = `${now.toString(36)}-${randomBytes(4).toString('hex')}`;
      const attempt = startAttempt(pack, request.start, { id, seed: randomInt(0, 2 ** 31), now });
      await this.store.withAttempt(id, () => this.store.save(attempt));
      return toExamView(attempt, pack, now);
    },
    getAttempt: async ({ attemptId }: RequestOf<'getAttempt'>) =>
      this.store.withAttempt(attemptId, async () => {
        const attempt = await this.loadSettled(attemptId);
        return toExamView(attempt, this.pack(attempt.packId), this.now());
      }),
    act: async ({ attemptId, action }: RequestOf<'act'>) =>
      this.store.withAttempt(attemptId, async () => {
        const attempt = await this.loadSettled(attemptId);
        const now = this.now();
        const next = reduceAttempt(attempt, action, now);
        if (next !== attempt) await this.persist(attempt, next);
        return toExamView(next, this.pack(next.packId), now);
      }),
    getReview: async ({ attemptId }: RequestOf<'getReview'>) =>
      this.store.withAttempt(attemptId, async () => {
        const attempt = await this.loadSettled(attemptId);
        if (attempt.status === 'in-progress') throw new AttemptError('ended', 'the review opens when the attempt has ended');
        return toReviewView(attempt, this.packs.get(attempt.packId));
      }),
    getHistory: async ({ packId, limit = 200 }: RequestOf<'getHistory'>) => {
      await this.settleExpired();
      const all = this.newestFirst();
      return { ...historyStats(all, packId), attempts: all.slice(0, limit), total: all.length };
    },
    checkData: async () => this.store.check(),
    listBackups: async () => ({
      dataDir: this.options.dataDir,
      backups: (await this.backups.list()).map(({ name, createdAt, reason }) => ({ name, createdAt, reason })),
    }),
    restoreBackup: async ({ name }: RequestOf<'restoreBackup'>) => {
      if (!(await this.backups.list()).some((b) => b.name === name)) throw new NotFoundError(`no backup named "${name}"`);
      const restored = await this.backups.restore(name);
      await this.store.reload();
      await this.reports.init();
      await this.review.open();
      this.reviewReady = this.review.rebuildIfMissing(this.store);
      this.notices.add(
        'info',
        `Your data was restored from the backup of ${new Date(restored.createdAt).toLocaleString()}. The state before the restore was backed up too.`,
      );
      return { restored: { name: restored.name, createdAt: restored.createdAt, reason: restored.reason } };
    },
    reportQuestion: async (request: RequestOf<'reportQuestion'>) => {
      const pack = this.pack(request.packId);
      if (!pack.questions.some((q) => q.id === request.questionId))
        throw new NotFoundError(`pack "${pack.id}" has no question "${request.questionId}"`);
      const now = this.now();
      const report = { ...request, id: `${now.toString(36)}-${randomBytes(3).toString('hex')}`, createdAt: now };
      await this.reports.add(report);
      return { report };
    },
    listReports: async ({ packId }: RequestOf<'listReports'>) => ({ reports: this.reports.list(packId) }),
    getDueQuestions: async ({ packId }: RequestOf<'getDueQuestions'>) => {
      const pack = this.pack(packId);
      await this.reviewReady;
      const ids = new Set(pack.questions.map((q) => q.id));
      const due = dueQuestionIds(this.review.records(), packId, this.now(), (id) => ids.has(id));
      return { packId, dueQuestionIds: due, trackedCount: Object.keys(this.review.records()[packId] ?? {}).length };
    },
    exportHistory: async () => {
      const attempts = this.newestFirst().reverse();
      const domains = [...new Set([...this.packs.values()].flatMap((p) => p.domains.map((d) => d.number)))].sort((a, b) => a - b);
      return { filename: `proctor-history-${new Date(this.now()).toISOString().slice(0, 10)}.csv`, csv: historyCsv(attempts, domains) };
    },
  };

  /** Validates and runs one call. Never throws: every failure is a typed error envelope. */
  async dispatch(channel: string, payload: unknown): Promise<Envelope<unknown>> {
    if (!(CHANNEL_NAMES as readonly string[]).includes(channel)) return failure('unknown-channel', `unknown channel "${channel}"`);
    const name = channel as ChannelName;
    const parsed = requestSchemas[name].safeParse(payload);
    if (!parsed.success) {
      const details = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(request)'}: ${issue.message}`);
      return failure('invalid-request', `invalid request for ${name}: ${details.join('; ')}`);
    }
    try {
      const handler = this.handlers[name] as (request: unknown) => Promise<unknown>;
      const value = await handler(parsed.data);
      if (this.options.checkResponses) {
        const checked = responseSchemas[name].safeParse(value);
        if (!checked.success)
          return failure(
            'internal',
            `${name} answered outside the contract: ${checked.error.issues
              .slice(0, 3)
              .map((i) => `${i.path.join('.')}: ${i.message}`)
              .join('; ')}`,
          );
      }
      return { ok: true, value };
    } catch (error) {
      if (error instanceof NotFoundError) return failure('not-found', error.message);
      if (error instanceof AttemptError) return failure(error.code === 'ended' ? 'conflict' : 'invalid-request', error.message);
      if (error instanceof SelectionError) return failure('invalid-request', error.message);
      console.error(`[proctor] ${name} failed:`, error);
      return failure('internal', `${name} failed: ${(error as Error).message}`);
    }
  }
}

type RequestOf<K extends ChannelName> = import('zod').infer<(typeof requestSchemas)[K]>;

function failure(code: ApiError['code'], message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

function packSummary(pack: Pack): PackSummary {
  return {
    id: pack.id,
    title: pack.title,
    ...(pack.description ? { description: pack.description } : {}),
    questionCount: pack.questions.length,
    examQuestionCount: pack.exam.questionCount,
    durationMinutes: pack.exam.durationMinutes,
    passingScaledScore: pack.exam.passingScaledScore,
    domains: domainInfo(pack).map((d) => ({ ...d, questionCount: pack.questions.filter((q) => q.domain === d.number).length })),
    fixedExams: pack.fixedExams.map((e) => ({ id: e.id, title: e.title, questionCount: e.questionIds.length })),
  };
}

export function defaultPacksDirs(root: string, dataDir: string): string[] {
  return [join(root, 'exams'), join(dataDir, 'packs')];
}
