/** Rules on each question's shape: the real exam's option and key counts, explanations, references. */
import type { Question } from '../pack/model.ts';
import { AWS_REFERENCE } from '../pack/schema.ts';
import type { LintFinding } from './lint.ts';

export const at = (q: Question) => ({ file: q.source.file, line: q.source.line, questionId: q.id });

export function questionFindings(q: Question): LintFinding[] {
  const findings: LintFinding[] = [];
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
  return findings;
}
