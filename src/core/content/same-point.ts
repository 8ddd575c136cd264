/**
 * Same-point duplicates: two questions that test one fact in other scenarios. Word overlap of
 * the stems misses them (the scenarios differ); what they share is the point, which lives in the
 * stem's rare terms, in the key and in the topics. So each question is a TF-IDF vector over the
 * whole pack of its stem, its key(s) and its topics, keys and topics counted twice (shared topics
 * plus the same key concept weigh more than a shared scenario), and a pair is a candidate when
 * the cosine of the vectors reaches the threshold. Measured on the DVA-C02 bank, the pairs that
 * reviewers had found by hand score 0.37-0.63 while 99.9% of all pairs score below 0.4.
 */
import type { Question } from '../pack/model.ts';
import { terms } from './text.ts';

export interface SamePointCandidate {
  /** The two question ids, in pack order. */
  ids: [string, string];
  /** Cosine of the TF-IDF vectors of stem + key + topics, 0..1. */
  similarity: number;
  /** Cosine of the keys' vectors alone, 0..1. */
  keySimilarity: number;
  sharedTopics: string[];
}

export const DEFAULT_SAME_POINT_SIMILARITY = 0.45;
/** Topics too broad to say two questions are on one point. */
const BROAD_TOPICS = new Set(['calculation', 'seed-correction']);

type Vector = Map<string, number>;

function counts(list: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const term of list) out.set(term, (out.get(term) ?? 0) + 1);
  return out;
}

function weigh(tf: Map<string, number>, idf: Map<string, number>): Vector {
  const vector: Vector = new Map();
  let norm = 0;
  for (const [term, n] of tf) {
    const w = (1 + Math.log(n)) * (idf.get(term) ?? 0);
    if (w > 0) {
      vector.set(term, w);
      norm += w * w;
    }
  }
  norm = Math.sqrt(norm);
  for (const [term, w] of vector) vector.set(term, w / norm);
  return vector;
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) dot += w * (large.get(term) ?? 0);
  return dot;
}

const keyText = (q: Question) =>
  q.options
    .filter((o) => o.correct)
    .map((o) => o.text)
    .join('\n');

export function samePointCandidates(questions: readonly Question[], threshold = DEFAULT_SAME_POINT_SIMILARITY): SamePointCandidate[] {
  const topicTerms = (q: Question) => q.topics.filter((t) => !BROAD_TOPICS.has(t)).map((t) => `#${t}`);
  const docs = questions.map((q) => {
    const key = terms(keyText(q));
    return { q, all: counts([...terms(q.stem), ...key, ...key, ...topicTerms(q), ...topicTerms(q)]), key: counts(key) };
  });
  const df = new Map<string, number>();
  for (const doc of docs) for (const term of doc.all.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map([...df].map(([term, n]) => [term, Math.log(docs.length / n)]));
  const vectors = docs.map((doc) => ({ q: doc.q, all: weigh(doc.all, idf), key: weigh(doc.key, idf) }));
  const candidates: SamePointCandidate[] = [];
  for (let i = 0; i < vectors.length; i++) {
    for (let j = i + 1; j < vectors.length; j++) {
      const a = vectors[i]!;
      const b = vectors[j]!;
      const similarity = cosine(a.all, b.all);
      if (similarity >= threshold) {
        const keySimilarity = cosine(a.key, b.key);
        const sharedTopics = a.q.topics.filter((t) => !BROAD_TOPICS.has(t) && b.q.topics.includes(t));
        const round = (x: number) => Math.round(100 * x) / 100;
        candidates.push({ ids: [a.q.id, b.q.id], similarity: round(similarity), keySimilarity: round(keySimilarity), sharedTopics });
      }
    }
  }
  return candidates.sort((x, y) => y.similarity - x.similarity);
}
