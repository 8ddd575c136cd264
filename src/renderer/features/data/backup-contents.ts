/** What a backup file or the data folder holds, in words, for the restore confirmation. */
import type { BackupContents } from '../../../shared/contract/index.ts';

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

export function describeContents(contents: BackupContents): string {
  const parts = [count(contents.attempts, 'attempt'), count(contents.reports, 'question report')];
  parts.push(contents.schedule ? 'the spaced-review schedule' : 'no review schedule');
  if (contents.settings) parts.push('settings');
  const packs = contents.packs.map((p) => `“${p.title}” (${count(p.questionCount, 'question')})`);
  parts.push(packs.length === 0 ? 'no imported pack' : `${count(packs.length, 'imported pack')}: ${packs.join(', ')}`);
  return parts.join(', ');
}
