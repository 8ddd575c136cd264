import { describe, expect, it } from 'vitest';
import { answersCsv, answersJson, ledgerAttemptOf, reduceAttempt, startAttempt } from '../../src/core/index.ts';
import { makePack } from '../fixtures/packs.ts';

const pack = makePack();
const T0 = 1_800_000_000_000;

/** A two-question drill: d1-q0 right, d1-q1 wrong, 12.34 s each. */
function drill() {
  let attempt = startAttempt(pack, { kind: 'drill', questionIds: ['d1-q0', 'd1-q1'], count: 2 }, { id: 'x', seed: 1, now: T0 });
  for (const item of attempt.items) {
    const wrong = item.optionIds.filter((o) => !item.correctOptionIds.includes(o)).slice(0, item.choose);
    attempt = reduceAttempt(
      attempt,
      { type: 'answer', questionId: item.questionId, optionIds: item.questionId === 'd1-q0' ? item.correctOptionIds : wrong },
      T0,
    );
  }
  attempt = { ...attempt, viewedAt: undefined, answerTimes: { 'd1-q0': 12_340, 'd1-q1': 12_340 } };
  return ledgerAttemptOf(reduceAttempt(attempt, { type: 'submit' }, T0 + 60_000), pack)!;
}

describe('answer export', () => {
  it('writes one CSV row per answer, formula-safe, and JSON with the same fields; "missed" keeps the misses', () => {
    const line = drill();
    const entries = line.answers.map((a) => ({
      ...a,
      attemptId: line.attemptId,
      kind: line.kind,
      packId: line.packId,
      submittedAt: line.submittedAt,
    }));
    const csv = answersCsv([{ ...entries[0]!, topics: ['=cmd()'] }, ...entries.slice(1)])
      .trim()
      .split('\r\n');
    expect(csv[0]).toBe('submitted,attempt_id,kind,pack,question_id,domain,task,topics,chosen,correct,time_seconds');
    expect(csv).toHaveLength(3);
    expect(csv[1]).toContain(",'=cmd(),");
    expect(csv.find((r) => r.includes('d1-q0'))).toMatch(/,true,12\.3$/);
    const json = JSON.parse(answersJson(entries, 'missed'));
    expect(json.answers).toHaveLength(1);
    expect(json.answers[0]).toMatchObject({ questionId: 'd1-q1', correct: false, domain: 1, task: '1.1', timeTakenMs: 12_340 });
  });
});
