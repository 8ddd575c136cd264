/** Words for what the main process sends as codes: backup reasons, notice dates. */
import type { Notice } from '../../shared/contract/index.ts';
import { formatDate } from './format.ts';

const BACKUP_REASONS: Record<string, string> = {
  start: 'taken when Proctor started',
  periodic: 'taken every 30 minutes',
  'before-restore': 'taken before a restore',
  'before-migration': 'taken before an upgrade of your data',
  'before-import': 'taken before an import',
  'before-rename-pack': 'taken before a pack was renamed',
  'before-delete-pack': 'taken before a pack was deleted',
  'before-delete-attempt': 'taken before an attempt was deleted',
};

export function backupReason(reason: string): string {
  return BACKUP_REASONS[reason] ?? `taken ${reason.replace(/-/g, ' ')}`;
}

export function noticeText(notice: Notice): string {
  return notice.date === undefined ? notice.message : notice.message.replace('{date}', formatDate(notice.date));
}

/** What a question report is about, in the words of the report form. */
export const REPORT_KINDS = {
  'wrong-key': 'The answer key looks wrong',
  unclear: 'The question is unclear',
  outdated: 'A fact is outdated',
  other: 'Something else',
} as const;
