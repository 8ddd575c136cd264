/**
 * The one IPC contract: every channel with its request schema (validated in the main process),
 * its response schema (checked in tests and test runs) and its limits. Electron IPC, the preload,
 * the renderer and `proctor serve` all use it. Each feature declares its channels in its own file.
 */
import type { z } from 'zod';
import { appChannels } from './app.ts';
import { attemptReviewChannels } from './attempt-review.ts';
import { attemptChannels } from './attempts.ts';
import { backupFileChannels } from './backup-file.ts';
import { CHANNEL_NAMES, type ChannelName } from './channels.ts';
import { dataChannels } from './data.ts';
import type { ChannelDefinition } from './define.ts';
import { historyChannels } from './history.ts';
import { importChannels } from './imports.ts';
import { noteChannels } from './notes.ts';
import { packChannels } from './packs.ts';
import { practiceExamChannels } from './practice-exams.ts';
import { progressChannels } from './progress.ts';
import { reportChannels } from './reports.ts';
import { settingsChannels } from './settings.ts';
import { spacedReviewChannels } from './spaced-review.ts';

export const contract = {
  ...appChannels,
  ...packChannels,
  ...noteChannels,
  ...attemptChannels,
  ...attemptReviewChannels,
  ...historyChannels,
  ...dataChannels,
  ...reportChannels,
  ...spacedReviewChannels,
  ...progressChannels,
  ...importChannels,
  ...backupFileChannels,
  ...practiceExamChannels,
  ...settingsChannels,
} satisfies Record<ChannelName, ChannelDefinition>;

// The schema-free list of names (for the preload) and the contract name exactly the same channels.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const CONTRACT_MATCHES_CHANNEL_NAMES: Exactly<keyof typeof contract, ChannelName> = true;

type Contract = typeof contract;
export type RequestOf<K extends ChannelName> = z.input<Contract[K]['request']>;
export type ParsedRequestOf<K extends ChannelName> = z.output<Contract[K]['request']>;
export type ResponseOf<K extends ChannelName> = z.output<Contract[K]['response']>;

export const requestSchemas = Object.fromEntries(CHANNEL_NAMES.map((name) => [name, contract[name].request])) as {
  [K in ChannelName]: Contract[K]['request'];
};
export const responseSchemas = Object.fromEntries(CHANNEL_NAMES.map((name) => [name, contract[name].response])) as {
  [K in ChannelName]: Contract[K]['response'];
};

export { CHANNEL_NAMES, IPC_PREFIX, type ChannelName } from './channels.ts';
export { DEFAULT_MAX_REQUEST_BYTES, type ChannelDefinition } from './define.ts';
export type { Notice } from './app.ts';
export type { PackProblem, PackSummary } from './packs.ts';
export type { NoteSummary, NoteView } from './notes.ts';
export type { BackupSummary, DataCheckReport } from './data.ts';
export type { QuestionReportView, ReportedQuestion } from './reports.ts';
export type { Settings, SettingsPatch } from './settings.ts';
export type { ImportPreview, ListedPack } from './imports.ts';
export type { BackupContents, BackupFileSummary } from './backup-file.ts';
export type { Api, ApiError, Envelope, ErrorCode } from './client.ts';
export { ApiCallError, createApi } from './client.ts';
