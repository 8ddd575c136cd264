/**
 * Two kinds of duplicate: near-duplicate stems (the same scenario reworded, by word overlap) and
 * same-point pairs (one fact tested twice in other scenarios, by TF-IDF; see same-point.ts). A
 * same-point candidate passes once it is rewritten or listed in the pack's same-point.yaml with
 * the reason both questions stay.
 */
import type { Pack, Question } from '../pack/model.ts';
import type { LintFinding, LintOptions } from './lint.ts';
import { at } from './question-rules.ts';
import { samePointCandidates } from './same-point.ts';
import { stemWords } from './text.ts';

export function jaccard(x: Set<string>, y: Set<string>): number {
  let shared = 0;
  for (const word of x) if (y.has(word)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 1 : shared / union;
}

/** Jaccard similarity of the stems' distinctive words: catches the same scenario reworded. */
export function stemSimilarity(a: string, b: string): number {
  return jaccard(stemWords(a), stemWords(b));
}

const keyWords = (q: Question) =>
  stemWords(
    q.options
      .filter((o) => o.correct)
      .map((o) => o.text)
      .join(' '),
  );

export function nearDuplicateFindings(questions: readonly Question[], threshold: number): LintFinding[] {
  const findings: LintFinding[] = [];
  // Near-duplicates: stems that match closely, or fairly similar stems with the same answer.
  const words = questions.map((q) => ({ q, stem: stemWords(q.stem), key: keyWords(q) }));
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i]!;
      const b = words[j]!;
      const stem = jaccard(a.stem, b.stem);
      // Short keys ("4", "Amazon SQS") are shared by unrelated questions; only worded keys count.
      const worded = a.key.size >= 4 && b.key.size >= 4;
      const sameAnswer = worded && stem >= threshold - 0.2 && jaccard(a.key, b.key) >= 0.5;
      if (stem >= threshold || sameAnswer) {
        const why = sameAnswer && stem < threshold ? ' with the same answer' : '';
        findings.push({
          rule: 'near-duplicate-stem',
          ...at(b.q),
          message: `stem is ${Math.round(stem * 100)}% similar to ${a.q.id}${why} (${a.q.source.file}:${a.q.source.line})`,
        });
      }
    }
  }
  return findings;
}

const pairKey = (ids: readonly string[]) => [...ids].sort().join(' ');

export function samePointFindings(pack: Pack, opts: LintOptions): LintFinding[] {
  const reviewed = new Set(pack.reviewedPairs.map((p) => pairKey(p.ids)));
  const byId = new Map(pack.questions.map((q) => [q.id, q]));
  const reviewFile = `same-point.yaml beside pack.yaml`;
  return samePointCandidates(pack.questions, opts.samePointSimilarity)
    .filter((c) => !reviewed.has(pairKey(c.ids)))
    .map((c) => {
      const [a, b] = c.ids.map((id) => byId.get(id)!);
      return {
        rule: 'same-point-candidate',
        ...at(b!),
        message:
          `may test the same point as ${a!.id} (${a!.source.file}:${a!.source.line}): TF-IDF similarity of ` +
          `stem, key and topics ${c.similarity} (threshold ${opts.samePointSimilarity}; keys alone ` +
          `${c.keySimilarity}; shared topics: ${c.sharedTopics.join(', ') || 'none'}). Rewrite one on another ` +
          `point (retire it, new id) or record the pair with a one-line reason in ${reviewFile}`,
      };
    });
}
