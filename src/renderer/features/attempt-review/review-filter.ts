/** Which questions of an attempt review are shown: read from, and written to, the address. */
import type { ReviewItemView } from '../../../core/index.ts';
import type { RouteQuery } from '../../lib/routes.ts';

export type ReviewFilter = 'all' | 'incorrect' | 'unanswered' | 'flagged';

/** "Incorrect" counts unanswered questions too (both score wrong), and says so. */
export const FILTERS: [ReviewFilter, string][] = [
  ['all', 'All'],
  ['incorrect', 'Incorrect or unanswered'],
  ['unanswered', 'Unanswered'],
  ['flagged', 'Flagged'],
];

export function inFilter(item: ReviewItemView, filter: ReviewFilter): boolean {
  if (filter === 'incorrect') return !item.correct;
  if (filter === 'unanswered') return !item.answered;
  if (filter === 'flagged') return item.flagged;
  return true;
}

export function readReviewQuery(query: RouteQuery): { filter: ReviewFilter; domain: number | 'all' } {
  const filter = FILTERS.some(([f]) => f === query.filter) ? (query.filter as ReviewFilter) : 'all';
  const domain = Number(query.domain);
  return { filter, domain: Number.isInteger(domain) && domain > 0 ? domain : 'all' };
}
