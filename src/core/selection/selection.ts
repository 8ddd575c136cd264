/** Which questions an attempt holds, and in what order: all decided by a seed. */
import { InvalidRequestError } from '../errors.ts';
import type { Pack, Question } from '../pack/model.ts';
import { deriveSeed, seededRandom, shuffled } from '../random.ts';

/**
 * Splits `total` across domains by weight with the largest-remainder method, so the counts
 * always add up to `total` and each is within one of its exact share.
 */
export function questionsPerDomain(domains: { number: number; weight: number }[], total: number): Map<number, number> {
  const weightSum = domains.reduce((sum, d) => sum + d.weight, 0);
  const shares = domains.map((d) => ({ domain: d.number, exact: (d.weight / weightSum) * total }));
  const counts = new Map(shares.map((s) => [s.domain, Math.floor(s.exact)]));
  let left = total - [...counts.values()].reduce((a, b) => a + b, 0);
  const byRemainder = shares.slice().sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)) || a.domain - b.domain);
  for (const share of byRemainder) {
    if (left <= 0) break;
    counts.set(share.domain, counts.get(share.domain)! + 1);
    left--;
  }
  return counts;
}

export class SelectionError extends InvalidRequestError {}

/**
 * A full-length simulation: the pack's question count drawn per domain in the blueprint's
 * weights. When a domain has too few questions the shortfall is taken from the others, so a
 * small pack still yields an exam; the result says how far it is from the blueprint.
 */
export function selectWeighted(
  pack: Pack,
  seed: number,
  total = pack.exam.questionCount,
  exclude: ReadonlySet<string> = new Set(),
): Question[] {
  const random = seededRandom(deriveSeed(seed, 'select'));
  const pool = new Map<number, Question[]>();
  for (const domain of pack.domains) {
    pool.set(
      domain.number,
      shuffled(
        pack.questions.filter((q) => q.domain === domain.number && !exclude.has(q.id)),
        random,
      ),
    );
  }
  const available = [...pool.values()].reduce((sum, list) => sum + list.length, 0);
  if (available < total) throw new SelectionError(`the pack has ${available} questions to draw from; a full-length exam needs ${total}`);
  const wanted = questionsPerDomain(pack.domains, total);
  const chosen: Question[] = [];
  let shortfall = 0;
  for (const [domain, count] of wanted) {
    const taken = pool.get(domain)!.splice(0, count);
    chosen.push(...taken);
    shortfall += count - taken.length;
  }
  const rest = shuffled([...pool.values()].flat(), random);
  chosen.push(...rest.slice(0, shortfall));
  return shuffled(chosen, random);
}

/** A fixed practice exam: always the same questions, in an order shuffled by the seed. */
export function selectFixed(pack: Pack, fixedExamId: string, seed: number): Question[] {
  const exam = pack.fixedExams.find((e) => e.id === fixedExamId);
  if (!exam) throw new SelectionError(`pack "${pack.id}" has no fixed exam "${fixedExamId}"`);
  const byId = new Map(pack.questions.map((q) => [q.id, q]));
  const questions = exam.questionIds.map((id) => byId.get(id)).filter((q): q is Question => q !== undefined);
  return shuffled(questions, seededRandom(deriveSeed(seed, 'order')));
}

/** A drill: questions of some domains (or a given id list, e.g. missed ones), up to `count`. */
export function selectDrill(pack: Pack, seed: number, filter: { domains?: number[]; questionIds?: string[] }, count: number): Question[] {
  const ids = filter.questionIds ? new Set(filter.questionIds) : undefined;
  const matching = pack.questions.filter((q) => (!filter.domains || filter.domains.includes(q.domain)) && (!ids || ids.has(q.id)));
  if (matching.length === 0) throw new SelectionError('no question matches this drill');
  return shuffled(matching, seededRandom(deriveSeed(seed, 'drill'))).slice(0, count);
}

/** Option display order for one question of one attempt. */
export function optionOrder(question: Question, seed: number): string[] {
  return shuffled(
    question.options.map((o) => o.id),
    seededRandom(deriveSeed(seed, `options:${question.id}`)),
  );
}
