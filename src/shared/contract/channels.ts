/** Channel names alone, without schemas, so the sandboxed preload can import them cheaply. */
export const CHANNEL_NAMES = [
  'getAppInfo',
  'listPacks',
  'listNotes',
  'getNote',
  'listAttempts',
  'startAttempt',
  'getAttempt',
  'act',
  'getAttemptReview',
  'getHistory',
  'checkData',
  'listBackups',
  'restoreBackup',
  'reportQuestion',
  'listReports',
  'exportHistory',
  'getDueQuestions',
] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];
export const IPC_PREFIX = 'proctor:';
