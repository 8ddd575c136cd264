/**
 * The one IPC contract: every channel, its request schema (validated in the main process) and
 * its response type. Electron IPC, the preload, the renderer and `proctor serve` all use it.
 */
import { z } from 'zod';
import type { AttemptSummary, ExamView, HistoryStats, ReviewView } from '../core/index.ts';
import type { ChannelName } from './channels.ts';

export { CHANNEL_NAMES, IPC_PREFIX, type ChannelName } from './channels.ts';

const id = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9._-]+$/, 'ids are letters, digits, dots, dashes and underscores');
const attemptRef = z.strictObject({ attemptId: id });
const empty = z.strictObject({});

export const startRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('full') }),
  z.strictObject({ kind: z.literal('fixed'), fixedExamId: id }),
  z.strictObject({
    kind: z.literal('drill'),
    domains: z.array(z.number().int().min(1).max(9)).min(1).max(9).optional(),
    questionIds: z.array(id).min(1).max(500).optional(),
    count: z.number().int().min(1).max(500),
  }),
]);

export const attemptActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('answer'), questionId: id, optionIds: z.array(z.string().regex(/^[a-h]$/)).max(8) }),
  z.strictObject({ type: z.literal('flag'), questionId: id, flagged: z.boolean() }),
  z.strictObject({ type: z.literal('eliminate'), questionId: id, optionId: z.string().regex(/^[a-h]$/), eliminated: z.boolean() }),
  z.strictObject({ type: z.literal('navigate'), index: z.number().int().min(0).max(10_000) }),
  z.strictObject({ type: z.literal('submit') }),
  z.strictObject({ type: z.literal('expire') }),
]);

export const requestSchemas = {
  getAppInfo: empty,
  listPacks: empty,
  listAttempts: z.strictObject({ limit: z.number().int().min(1).max(100_000).optional() }),
  startAttempt: z.strictObject({ packId: id, start: startRequestSchema }),
  getAttempt: attemptRef,
  act: z.strictObject({ attemptId: id, action: attemptActionSchema }),
  getReview: attemptRef,
  getHistory: z.strictObject({ packId: id.optional(), limit: z.number().int().min(1).max(100_000).optional() }),
  checkData: empty,
  listBackups: empty,
  restoreBackup: z.strictObject({
    name: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[A-Za-z0-9._-]+$/),
  }),
  reportQuestion: z.strictObject({
    packId: id,
    questionId: id,
    attemptId: id.optional(),
    kind: z.enum(['wrong-key', 'unclear', 'outdated', 'other']),
    note: z.string().trim().min(1, 'write a note').max(4000),
  }),
  listReports: z.strictObject({ packId: id.optional() }),
  exportHistory: empty,
  getDueQuestions: z.strictObject({ packId: id }),
} satisfies Record<ChannelName, z.ZodType>;

export interface PackSummary {
  id: string;
  title: string;
  description?: string;
  questionCount: number;
  examQuestionCount: number;
  durationMinutes: number;
  passingScaledScore: number;
  domains: { number: number; title: string; weight: number; questionCount: number }[];
  fixedExams: { id: string; title: string; questionCount: number }[];
}

export interface PackProblem {
  folder: string;
  errors: string[];
}

export interface Notice {
  level: 'info' | 'warning' | 'error';
  message: string;
  at: number;
}

export interface DataCheckReport {
  checkedFiles: number;
  problems: string[];
}

export interface QuestionReportView {
  id: string;
  packId: string;
  questionId: string;
  attemptId?: string;
  kind: 'wrong-key' | 'unclear' | 'outdated' | 'other';
  note: string;
  createdAt: number;
}

export interface BackupSummary {
  name: string;
  createdAt: number;
  reason: string;
}

export interface ResponseTypes {
  getAppInfo: { version: string; dataDir: string; transport: 'electron' | 'http'; notices: Notice[] };
  listPacks: { packs: PackSummary[]; problems: PackProblem[] };
  /** Newest first, at most `limit`; unfinished attempts are always all included. */
  listAttempts: { attempts: AttemptSummary[]; unfinished: AttemptSummary[]; total: number };
  startAttempt: ExamView;
  getAttempt: ExamView;
  act: ExamView;
  getReview: ReviewView;
  /** The statistics cover every attempt; `attempts` lists the newest `limit` (default 200). */
  getHistory: HistoryStats & { attempts: AttemptSummary[]; total: number };
  checkData: DataCheckReport;
  listBackups: { dataDir: string; backups: BackupSummary[] };
  restoreBackup: { restored: BackupSummary };
  reportQuestion: { report: QuestionReportView };
  listReports: { reports: QuestionReportView[] };
  exportHistory: { filename: string; csv: string };
  /** Missed questions due for spaced review now, most-missed first. */
  getDueQuestions: { packId: string; dueQuestionIds: string[]; trackedCount: number };
}

export type RequestOf<K extends ChannelName> = z.input<(typeof requestSchemas)[K]>;
export type ResponseOf<K extends ChannelName> = ResponseTypes[K];

export type { Api, ApiError, Envelope, ErrorCode } from './api-client.ts';
export { ApiCallError, createApi } from './api-client.ts';
