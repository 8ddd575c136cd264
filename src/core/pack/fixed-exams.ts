/**
 * Plans fixed practice exams from a bank: each exam gets its blueprint count per domain, and
 * questions are dealt so tasks, question types and difficulty spread evenly across exams.
 */
import type { Pack, Question } from './model.ts';
import { InvalidRequestError } from '../errors.ts';
import { questionsPerDomain } from '../selection/selection.ts';

export interface PlannedExam {
  id: string;
  title: string;
  questionIds: string[];
}

export class PlanError extends InvalidRequestError {}

export function planFixedExams(pack: Pack, examCount: number, examSize = pack.exam.questionCount): PlannedExam[] {
  const perDomain = questionsPerDomain(pack.domains, examSize);
  const exams: string[][] = Array.from({ length: examCount }, () => []);
  for (const [domain, count] of perDomain) {
    const pool = pack.questions
      .filter((q) => q.domain === domain)
      .sort(
        (a, b) => a.task.localeCompare(b.task) || a.type.localeCompare(b.type) || a.difficulty - b.difficulty || a.id.localeCompare(b.id),
      );
    if (pool.length < count * examCount)
      throw new PlanError(`domain ${domain} has ${pool.length} questions; ${examCount} exams need ${count * examCount}`);
    dealInto(exams, pool, count);
  }
  return exams.map((questionIds, i) => ({ id: `practice-${i + 1}`, title: `Practice exam ${i + 1}`, questionIds }));
}

/** Snake-order dealing (1..n, n..1, ...) keeps neighbours in the sort order in different exams. */
function dealInto(exams: string[][], pool: Question[], perExam: number): void {
  const n = exams.length;
  let dealt = 0;
  for (let round = 0; dealt < perExam * n; round++) {
    for (let k = 0; k < n && dealt < perExam * n; k++) {
      const exam = round % 2 === 0 ? k : n - 1 - k;
      exams[exam]!.push(pool[round * n + k]!.id);
      dealt++;
    }
  }
}
