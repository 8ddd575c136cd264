/**
 * Which questions a custom drill draws from. The filter (domains, task statements, topics: a
 * question must match every kind given, and any one value of each) narrows the pack; the source
 * narrows it by the user's history, which the caller reads from the ledger and the schedule.
 */
import type { DrillFilter, DrillSource } from '../attempt/schema.ts';
import type { Pack, Question } from '../pack/model.ts';
import { deriveSeed, seededRandom, shuffled } from '../random.ts';
import { SelectionError } from './selection.ts';

/** What the sources need to know of the user's history with this pack. */
export interface DrillHistory {
  /** Questions ever shown in a finished attempt. */
  seen: ReadonlySet<string>;
  /** Questions ever answered wrong or left unanswered. */
  missed: ReadonlySet<string>;
  /** Questions ever flagged for review. */
  flagged: ReadonlySet<string>;
  /** Questions due for spaced review now, in review order. */
  due: readonly string[];
  /** Topics where the user is weakest, weakest first. */
  weakestTopics: readonly string[];
}

export const NO_HISTORY: DrillHistory = { seen: new Set(), missed: new Set(), flagged: new Set(), due: [], weakestTopics: [] };

export function matchesFilter(question: Question, filter: DrillFilter): boolean {
  const { domains, tasks, topics } = filter;
  if (domains?.length && !domains.includes(question.domain)) return false;
  if (tasks?.length && !tasks.includes(question.task)) return false;
  return !topics?.length || question.topics.some((topic) => topics.includes(topic));
}

function fromSource(question: Question, source: DrillSource, history: DrillHistory, weakest: ReadonlySet<string>): boolean {
  switch (source) {
    case 'all':
      return true;
    case 'unseen':
      return !history.seen.has(question.id);
    case 'missed':
      return history.missed.has(question.id);
    case 'flagged':
      return history.flagged.has(question.id);
    case 'due':
      return history.due.includes(question.id);
    case 'weakest':
      return question.topics.some((topic) => weakest.has(topic));
  }
}

/** Every question that filter and source allow; the screen shows how many before starting. */
export function drillCandidates(pack: Pack, filter: DrillFilter, source: DrillSource, history: DrillHistory): Question[] {
  const weakest = new Set(history.weakestTopics);
  const matching = pack.questions.filter((q) => matchesFilter(q, filter) && fromSource(q, source, history, weakest));
  if (source !== 'due') return matching;
  // Due questions keep the schedule's order: the most urgent come first.
  const order = new Map(history.due.map((id, index) => [id, index]));
  return matching.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/** Up to `count` of the candidates: the first ones for due questions, a seeded draw otherwise. */
export function selectCustom(
  pack: Pack,
  filter: DrillFilter,
  source: DrillSource,
  history: DrillHistory,
  count: number,
  seed: number,
): Question[] {
  const candidates = drillCandidates(pack, filter, source, history);
  if (candidates.length === 0) throw new SelectionError('no question matches this drill: widen the filter or choose another source');
  const picked =
    source === 'due' ? candidates.slice(0, count) : shuffled(candidates, seededRandom(deriveSeed(seed, 'custom'))).slice(0, count);
  return shuffled(picked, seededRandom(deriveSeed(seed, 'order')));
}
