/**
 * Content rules beyond the schema: the shape of real exam questions, duplicate stems, and the
 * blueprint's domain weights over the bank and every fixed exam.
 */
import type { Pack, Question } from '../pack/model.ts';
import { AWS_REFERENCE } from '../pack/schema.ts';
import { packReport } from '../pack/report.ts';
import { questionsPerDomain } from '../selection/selection.ts';

export interface LintFinding {
  rule: string;
  file?: string;
  line?: number;
  questionId?: string;
  message: string;
}

export interface LintOptions {
  /** Allowed distance of each domain's share of the bank from its weight, in percentage points. */
  weightTolerancePoints: number;
  /** Allowed distance of each domain's count in a fixed exam from its blueprint count. */
  fixedExamTolerance: number;
  minQuestionsPerTask: number;
  /** Similarity of distinctive words at or above which two stems count as near-duplicates. */
  nearDuplicateThreshold: number;
}

export const DEFAULT_LINT: LintOptions = {
  weightTolerancePoints: 2,
  fixedExamTolerance: 2,
  minQuestionsPerTask: 0,
  nearDuplicateThreshold: 0.6,
};

const at = (q: Question) => ({ file: q.source.file, line: q.source.line, questionId: q.id });

/** Words that every scenario shares; leaving them out lets the topic words decide similarity. */
const COMMON_WORDS = new Set(
  [
    'a an the to of and or in on for with by is are be that this which what from as at it its their they them can',
    'will would should must has have does do not no when each all any than then so into only developer developers',
    'company team application applications app needs need wants want using use uses used requirements requirement',
    'meet meets solution solutions choose two three',
  ]
    .join(' ')
    .split(' '),
);

/** A crude stemmer: "stores", "stored", "storing" and "store" all become "stor". */
const stemOf = (word: string) => (word.length > 4 ? word.replace(/(ing|ed|es|s)$/, '').replace(/e$/, '') : word);

export function stemWords(stem: string): Set<string> {
  return new Set(
    stem
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .split(' ')
      .filter((w) => w.length > 0 && !COMMON_WORDS.has(w))
      .map(stemOf),
  );
}

/**
 * Jaccard similarity of the stems' distinctive words. Word sets catch rewordings of the same
 * scenario (other order, other small words) that phrase-based measures miss.
 */
export function stemSimilarity(a: string, b: string): number {
  return jaccard(stemWords(a), stemWords(b));
}

function jaccard(x: Set<string>, y: Set<string>): number {
  let shared = 0;
  for (const word of x) if (y.has(word)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 1 : shared / union;
}

export function lintPack(pack: Pack, options: Partial<LintOptions> = {}): LintFinding[] {
  const opts = { ...DEFAULT_LINT, ...options };
  const findings: LintFinding[] = [];
  for (const q of pack.questions) {
    if (q.type === 'single' && q.options.length !== 4)
      findings.push({
        rule: 'single-four-options',
        ...at(q),
        message: `single-answer questions have exactly 4 options (found ${q.options.length})`,
      });
    if (q.type === 'multiple') {
      if (q.options.length < 5 || q.options.length > 6)
        findings.push({
          rule: 'multiple-five-six-options',
          ...at(q),
          message: `multiple-response questions have 5 or 6 options (found ${q.options.length})`,
        });
      if (q.choose < 2 || q.choose > 3)
        findings.push({
          rule: 'multiple-two-three-keys',
          ...at(q),
          message: `multiple-response questions have 2 or 3 keys (found ${q.choose})`,
        });
    }
    for (const option of q.options) {
      if (/\b(all|none) of the above\b/i.test(option.text))
        findings.push({ rule: 'no-above', ...at(q), message: 'options are shuffled: "all/none of the above" cannot work' });
      if (!option.explanation)
        findings.push({
          rule: 'explanation-required',
          ...at(q),
          message: `option ${option.id.toUpperCase()} (authored order) has no explanation`,
        });
    }
    if (q.references.length === 0)
      findings.push({
        rule: 'reference-required',
        ...at(q),
        message: 'add at least one reference to the documentation that proves the answer',
      });
    for (const url of q.references) {
      if (!AWS_REFERENCE.test(url))
        findings.push({ rule: 'reference-host', ...at(q), message: `reference ${url} is not on docs.aws.amazon.com or aws.amazon.com` });
    }
  }
  // Two questions are near-duplicates when their stems match closely, or when fairly similar
  // stems lead to the same answer (one fact asked twice in other words).
  const words = pack.questions.map((q) => ({
    q,
    stem: stemWords(q.stem),
    key: stemWords(
      q.options
        .filter((o) => o.correct)
        .map((o) => o.text)
        .join(' '),
    ),
  }));
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i]!;
      const b = words[j]!;
      const stem = jaccard(a.stem, b.stem);
      // Short keys ("4", "Amazon SQS") are shared by unrelated questions; only worded keys count.
      const worded = a.key.size >= 4 && b.key.size >= 4;
      const sameAnswer = worded && stem >= opts.nearDuplicateThreshold - 0.2 && jaccard(a.key, b.key) >= 0.5;
      if (stem >= opts.nearDuplicateThreshold || sameAnswer) {
        const why = sameAnswer && stem < opts.nearDuplicateThreshold ? ' with the same answer' : '';
        findings.push({
          rule: 'near-duplicate-stem',
          ...at(b.q),
          message: `stem is ${Math.round(stem * 100)}% similar to ${a.q.id}${why} (${a.q.source.file}:${a.q.source.line})`,
        });
      }
    }
  }
  const report = packReport(pack);
  const weightSum = pack.domains.reduce((sum, d) => sum + d.weight, 0);
  for (const domain of pack.domains) {
    const share = (100 * (report.byDomain[domain.number] ?? 0)) / Math.max(1, report.total);
    const target = (100 * domain.weight) / weightSum;
    if (Math.abs(share - target) > opts.weightTolerancePoints) {
      findings.push({
        rule: 'bank-domain-weight',
        message:
          `domain ${domain.number} is ${share.toFixed(1)}% of the bank; ` +
          `the blueprint says ${target.toFixed(1)}% (±${opts.weightTolerancePoints})`,
      });
    }
    for (const task of domain.tasks) {
      const count = report.byTask[task.id] ?? 0;
      if (count < opts.minQuestionsPerTask)
        findings.push({
          rule: 'task-coverage',
          message: `task ${task.id} has ${count} questions; at least ${opts.minQuestionsPerTask} wanted`,
        });
    }
  }
  for (const exam of report.fixedExams) {
    const wanted = questionsPerDomain(pack.domains, exam.questionIds.length);
    for (const [domain, count] of wanted) {
      const actual = exam.byDomain[domain] ?? 0;
      if (Math.abs(actual - count) > opts.fixedExamTolerance) {
        findings.push({
          rule: 'fixed-exam-domain-weight',
          message: `${exam.title}: domain ${domain} has ${actual} questions; the blueprint says ${count} (±${opts.fixedExamTolerance})`,
        });
      }
    }
    if (exam.questionIds.length !== pack.exam.questionCount) {
      findings.push({
        rule: 'fixed-exam-length',
        message: `${exam.title} has ${exam.questionIds.length} questions; a full-length exam has ${pack.exam.questionCount}`,
      });
    }
  }
  return findings;
}
