/**
 * Content rules beyond the schema: the shape of real exam questions, duplicate stems, and the
 * blueprint's domain weights over the bank and every fixed exam.
 */
import type { Pack, Question } from './model.ts';
import { packReport } from './report.ts';
import { questionsPerDomain } from './selection.ts';

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
  /** Word-shingle similarity at or above which two stems count as near-duplicates. */
  nearDuplicateThreshold: number;
}

export const DEFAULT_LINT: LintOptions = { weightTolerancePoints: 2, fixedExamTolerance: 2, minQuestionsPerTask: 0, nearDuplicateThreshold: 0.8 };

const at = (q: Question) => ({ file: q.source.file, line: q.source.line, questionId: q.id });

export function normalizeStem(stem: string): string {
  return stem.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function shingles(text: string, size = 3): Set<string> {
  const words = text.split(' ');
  const set = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) set.add(words.slice(i, i + size).join(' '));
  if (set.size === 0) set.add(text);
  return set;
}

export function stemSimilarity(a: string, b: string): number {
  const x = shingles(normalizeStem(a));
  const y = shingles(normalizeStem(b));
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return shared / (x.size + y.size - shared);
}

export function lintPack(pack: Pack, options: Partial<LintOptions> = {}): LintFinding[] {
  const opts = { ...DEFAULT_LINT, ...options };
  const findings: LintFinding[] = [];
  for (const q of pack.questions) {
    if (q.type === 'single' && q.options.length !== 4) findings.push({ rule: 'single-four-options', ...at(q), message: `single-answer questions have exactly 4 options (found ${q.options.length})` });
    if (q.type === 'multiple') {
      if (q.options.length < 5 || q.options.length > 6) findings.push({ rule: 'multiple-five-six-options', ...at(q), message: `multiple-response questions have 5 or 6 options (found ${q.options.length})` });
      if (q.choose < 2 || q.choose > 3) findings.push({ rule: 'multiple-two-three-keys', ...at(q), message: `multiple-response questions have 2 or 3 keys (found ${q.choose})` });
    }
    for (const option of q.options) {
      if (/\b(all|none) of the above\b/i.test(option.text)) findings.push({ rule: 'no-above', ...at(q), message: 'options are shuffled: "all/none of the above" cannot work' });
    }
  }
  const stems = pack.questions.map((q) => ({ q, set: shingles(normalizeStem(q.stem)) }));
  for (let i = 0; i < stems.length; i++) {
    for (let j = i + 1; j < stems.length; j++) {
      const a = stems[i]!.set;
      const b = stems[j]!.set;
      let shared = 0;
      for (const s of a) if (b.has(s)) shared++;
      const similarity = shared / (a.size + b.size - shared);
      if (similarity >= opts.nearDuplicateThreshold) {
        findings.push({ rule: 'near-duplicate-stem', ...at(stems[j]!.q), message: `stem is ${Math.round(similarity * 100)}% similar to ${stems[i]!.q.id} (${stems[i]!.q.source.file}:${stems[i]!.q.source.line})` });
      }
    }
  }
  const report = packReport(pack);
  const weightSum = pack.domains.reduce((sum, d) => sum + d.weight, 0);
  for (const domain of pack.domains) {
    const share = (100 * (report.byDomain[domain.number] ?? 0)) / Math.max(1, report.total);
    const target = (100 * domain.weight) / weightSum;
    if (Math.abs(share - target) > opts.weightTolerancePoints) {
      findings.push({ rule: 'bank-domain-weight', message: `domain ${domain.number} is ${share.toFixed(1)}% of the bank; the blueprint says ${target.toFixed(1)}% (±${opts.weightTolerancePoints})` });
    }
    for (const task of domain.tasks) {
      const count = report.byTask[task.id] ?? 0;
      if (count < opts.minQuestionsPerTask) findings.push({ rule: 'task-coverage', message: `task ${task.id} has ${count} questions; at least ${opts.minQuestionsPerTask} wanted` });
    }
  }
  for (const exam of report.fixedExams) {
    const wanted = questionsPerDomain(pack.domains, exam.questionIds.length);
    for (const [domain, count] of wanted) {
      const actual = exam.byDomain[domain] ?? 0;
      if (Math.abs(actual - count) > opts.fixedExamTolerance) {
        findings.push({ rule: 'fixed-exam-domain-weight', message: `${exam.title}: domain ${domain} has ${actual} questions; the blueprint says ${count} (±${opts.fixedExamTolerance})` });
      }
    }
    if (exam.questionIds.length !== pack.exam.questionCount) {
      findings.push({ rule: 'fixed-exam-length', message: `${exam.title} has ${exam.questionIds.length} questions; a full-length exam has ${pack.exam.questionCount}` });
    }
  }
  return findings;
}
