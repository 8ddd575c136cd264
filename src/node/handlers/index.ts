/** Every channel's handler, one module per feature, merged into the table `dispatch` runs. */
import type { ChannelName } from '../../shared/contract/index.ts';
import { appHandlers } from './app.ts';
import { attemptReviewHandlers } from './attempt-review.ts';
import { attemptHandlers } from './attempts.ts';
import { backupFileHandlers } from './backup-file.ts';
import { dataHandlers } from './data.ts';
import type { HandlerDeps, HandlerTable } from './deps.ts';
import { historyHandlers } from './history.ts';
import { importHandlers } from './imports.ts';
import { noteHandlers } from './notes.ts';
import { packHandlers } from './packs.ts';
import { practiceExamHandlers } from './practice-exams.ts';
import { progressHandlers } from './progress.ts';
import { reportHandlers } from './reports.ts';
import { settingsHandlers } from './settings.ts';
import { spacedReviewHandlers } from './spaced-review.ts';

export type { HandlerDeps } from './deps.ts';

export function createHandlers(deps: HandlerDeps): HandlerTable<ChannelName> {
  return {
    ...appHandlers(deps),
    ...packHandlers(deps),
    ...noteHandlers(deps),
    ...attemptHandlers(deps),
    ...attemptReviewHandlers(deps),
    ...historyHandlers(deps),
    ...dataHandlers(deps),
    ...reportHandlers(deps),
    ...spacedReviewHandlers(deps),
    ...progressHandlers(deps),
    ...importHandlers(deps),
    ...backupFileHandlers(deps),
    ...practiceExamHandlers(deps),
    ...settingsHandlers(deps),
  };
}
