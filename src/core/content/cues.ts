/**
 * Answer cues a test-wise guesser can use without knowing the subject, measured over a pack:
 * the length of the keys against the distractors (longest, and any fixed length rank), absolutes
 * used more in keys than in distractors or the other way round, and keys that alone repeat the
 * stem's words. Ties between option lengths are shared: a guesser breaks them at random.
 */
import type { Question } from '../pack/model.ts';
import { distinctiveWords, hasAbsolute } from './text.ts';

export interface CueFigures {
  single: number;
  multiple: number;
  /** Single-answer questions whose key is (or ties for) the longest option, %. */
  longestIsKeyPct: number;
  /** Multiple-response questions whose keys are all at least as long as every distractor, %. */
  longestAreKeysPct: number;
  /** Expected score of always picking the longest option(s), ties shared, over every question, %. */
  guesserScorePct: number;
  /** Single-answer keys at length rank 1 (longest), 2, 3, ..., ties shared, %. Chance is 25 each. */
  keyRankPct: number[];
  /** Expected score, over every question, of always picking the length ranks most often keyed, %. */
  rankGuesserScorePct: number;
  absolutesInKeysPct: number;
  absolutesInDistractorsPct: number;
  /** Questions in which only the key(s) repeat distinctive words of the stem, %. */
  keyOnlyEchoesStemPct: number;
  /** The questions behind each figure, for an author to look at. */
  questions: {
    longestIsKey: string[];
    longestAreKeys: string[];
    /** Per length rank (index 0 = longest), the single-answer questions whose key sits there. */
    keyRank: string[][];
    absolutesInKeys: string[];
    absolutesInDistractors: string[];
    keyOnlyEchoesStem: string[];
  };
}

const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);
const lengthOf = (text: string) => text.trim().length;

/** Subsets of size n of 0..m-1, as sorted arrays. */
function subsets(m: number, n: number, from = 0): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (let i = from; i <= m - n; i++) for (const rest of subsets(m, n - 1, i + 1)) out.push([i, ...rest]);
  return out;
}

/** Binomial coefficient for the small numbers of options a question has. */
function choose(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c;
}

/**
 * For each set of length ranks a guesser could always pick, the chance that the options there are
 * exactly the keys when ties are broken at random. Options of equal length form a group that
 * fills a run of ranks; the guess is right only if, in every group, the picked ranks inside the
 * run are as many as the group's keys, and then with chance 1 / C(group size, keys in group).
 */
function rankSetChances(q: Question): Map<string, number> {
  const lengths = q.options.map((o) => lengthOf(o.text));
  const groups = [...new Set(lengths)]
    .sort((a, b) => b - a)
    .map((len) => ({
      size: lengths.filter((l) => l === len).length,
      keys: q.options.filter((o, i) => o.correct && lengths[i] === len).length,
    }));
  const chances = new Map<string, number>();
  for (const ranks of subsets(q.options.length, q.choose)) {
    let chance = 1;
    let start = 0;
    for (const group of groups) {
      const picked = ranks.filter((r) => r >= start && r < start + group.size).length;
      chance = picked === group.keys ? chance / choose(group.size, group.keys) : 0;
      start += group.size;
      if (chance === 0) break;
    }
    chances.set(ranks.join(','), chance);
  }
  return chances;
}

export function measureCues(questions: readonly Question[]): CueFigures {
  const single = questions.filter((q) => q.type === 'single');
  const multiple = questions.filter((q) => q.type === 'multiple');
  const chances = new Map(questions.map((q) => [q.id, rankSetChances(q)]));
  const longestIsKey = single.filter((q) => {
    const lengths = q.options.map((o) => lengthOf(o.text));
    return lengthOf(q.options.find((o) => o.correct)!.text) === Math.max(...lengths);
  });
  const longestAreKeys = multiple.filter((q) => {
    const keys = q.options.filter((o) => o.correct).map((o) => lengthOf(o.text));
    const others = q.options.filter((o) => !o.correct).map((o) => lengthOf(o.text));
    return Math.min(...keys) >= Math.max(...others);
  });
  const topRanks = (q: Question) => Array.from({ length: q.choose }, (_, i) => i).join(',');
  const guesser = questions.reduce((sum, q) => sum + (chances.get(q.id)!.get(topRanks(q)) ?? 0), 0);
  const ranks = Math.max(0, ...single.map((q) => q.options.length));
  const keyRank = Array.from({ length: ranks }, (_, r) => single.reduce((sum, q) => sum + (chances.get(q.id)!.get(String(r)) ?? 0), 0));
  const atRank = Array.from({ length: ranks }, (_, r) =>
    single.filter((q) => (chances.get(q.id)!.get(String(r)) ?? 0) > 0).map((q) => q.id),
  );
  const keys = questions.flatMap((q) => q.options.filter((o) => o.correct).map((o) => ({ q, text: o.text })));
  const distractors = questions.flatMap((q) => q.options.filter((o) => !o.correct).map((o) => ({ q, text: o.text })));
  const withAbsolute = (list: { q: Question; text: string }[]) => list.filter((o) => hasAbsolute(o.text));
  const echoes = questions.filter(keyOnlyEchoesStem);
  return {
    single: single.length,
    multiple: multiple.length,
    longestIsKeyPct: pct(longestIsKey.length, single.length),
    longestAreKeysPct: pct(longestAreKeys.length, multiple.length),
    guesserScorePct: pct(guesser, questions.length),
    keyRankPct: keyRank.map((n) => pct(n, single.length)),
    rankGuesserScorePct: pct(bestRankStrategyScore(questions, chances), questions.length),
    absolutesInKeysPct: pct(withAbsolute(keys).length, keys.length),
    absolutesInDistractorsPct: pct(withAbsolute(distractors).length, distractors.length),
    keyOnlyEchoesStemPct: pct(echoes.length, questions.length),
    questions: {
      longestIsKey: longestIsKey.map((q) => q.id),
      longestAreKeys: longestAreKeys.map((q) => q.id),
      keyRank: atRank,
      absolutesInKeys: [...new Set(withAbsolute(keys).map((o) => o.q.id))],
      absolutesInDistractors: [...new Set(withAbsolute(distractors).map((o) => o.q.id))],
      keyOnlyEchoesStem: echoes.map((q) => q.id),
    },
  };
}

/**
 * A guesser who learned the pack's habits: for each shape of question (options, keys) it always
 * picks the length ranks that are most often keys. An upper bound on what length alone earns.
 */
function bestRankStrategyScore(questions: readonly Question[], chances: Map<string, Map<string, number>>): number {
  const byShape = new Map<string, Question[]>();
  for (const q of questions) {
    const shape = `${q.options.length}/${q.choose}`;
    byShape.set(shape, [...(byShape.get(shape) ?? []), q]);
  }
  let total = 0;
  for (const group of byShape.values()) {
    const sums = new Map<string, number>();
    for (const q of group) for (const [ranks, chance] of chances.get(q.id)!) sums.set(ranks, (sums.get(ranks) ?? 0) + chance);
    total += Math.max(0, ...sums.values());
  }
  return total;
}

/** Some key repeats a distinctive word of the stem and no distractor repeats any. */
export function keyOnlyEchoesStem(q: Question): boolean {
  const stem = distinctiveWords(q.stem);
  const overlap = q.options.map((o) => [...distinctiveWords(o.text)].filter((w) => stem.has(w)).length);
  const keyEchoes = q.options.some((o, i) => o.correct && overlap[i]! > 0);
  return keyEchoes && q.options.every((o, i) => o.correct || overlap[i] === 0);
}
