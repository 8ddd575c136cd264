/** The blueprint over the bank and every fixed exam: domain weights, task coverage, exam length. */
import type { Pack } from '../pack/model.ts';
import type { PackReport } from '../pack/report.ts';
import { questionsPerDomain } from '../selection/selection.ts';
import type { LintFinding, LintOptions } from './lint.ts';

export function blueprintFindings(pack: Pack, report: PackReport, opts: LintOptions): LintFinding[] {
  const findings: LintFinding[] = [];
  const weightSum = pack.domains.reduce((sum, d) => sum + d.weight, 0);
  for (const domain of pack.domains) {
    const share = (100 * (report.byDomain[domain.number] ?? 0)) / Math.max(1, report.total);
    const target = (100 * domain.weight) / weightSum;
    if (Math.abs(share - target) > opts.weightTolerancePoints) {
      findings.push({
        rule: 'bank-domain-weight',
        message:
          `domain ${domain.number} is ${share.toFixed(1)}% of the bank; the blueprint says ` +
          `${target.toFixed(1)}% (±${opts.weightTolerancePoints})`,
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
