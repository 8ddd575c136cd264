import { describe, expect, it } from 'vitest';
import { isAnswerCorrect, scaledScoreEstimate, scoreItems } from '../../src/core/index.ts';

describe('multi-response scoring is all or nothing', () => {
  it('needs exactly the keys, in any order', () => {
    expect(isAnswerCorrect(['b', 'd'], ['d', 'b'])).toBe(true);
    expect(isAnswerCorrect(['b', 'd'], ['b'])).toBe(false);
    expect(isAnswerCorrect(['b', 'd'], ['b', 'c'])).toBe(false);
    expect(isAnswerCorrect(['b', 'd'], ['b', 'd', 'e'])).toBe(false);
    expect(isAnswerCorrect(['b', 'd'], ['b', 'b'])).toBe(false);
    expect(isAnswerCorrect(['a'], undefined)).toBe(false);
    expect(isAnswerCorrect(['a'], [])).toBe(false);
  });

  it('gives no partial credit and counts unanswered as wrong, per domain', () => {
    const items = [
      { questionId: 'q1', domain: 1, correctOptionIds: ['a'] },
      { questionId: 'q2', domain: 1, correctOptionIds: ['b', 'c'] },
      { questionId: 'q3', domain: 2, correctOptionIds: ['a', 'c', 'e'] },
      { questionId: 'q4', domain: 2, correctOptionIds: ['d'] },
    ];
    const result = scoreItems(items, { q1: ['a'], q2: ['b'], q3: ['e', 'c', 'a'] }, 720);
    expect(result).toMatchObject({ correct: 2, total: 4, unanswered: 1, percent: 50, scaledScore: 550, passed: false });
    expect(result.byDomain).toEqual([
      { domain: 1, correct: 1, total: 2 },
      { domain: 2, correct: 1, total: 2 },
    ]);
  });
});

describe('scaled score estimate', () => {
  it('maps 0% to 100, 100% to 1000 and passes at 720', () => {
    expect(scaledScoreEstimate(0, 65)).toBe(100);
    expect(scaledScoreEstimate(65, 65)).toBe(1000);
    // 45/65 = 69.2% -> 723 (pass); 44/65 = 67.7% -> 709 (fail)
    expect(scaledScoreEstimate(45, 65)).toBe(723);
    expect(scaledScoreEstimate(44, 65)).toBe(709);
    const items = Array.from({ length: 65 }, (_, i) => ({ questionId: `q${i}`, domain: 1, correctOptionIds: ['a'] }));
    const answers = Object.fromEntries(items.slice(0, 45).map((item) => [item.questionId, ['a']]));
    expect(scoreItems(items, answers, 720).passed).toBe(true);
    delete answers.q0;
    expect(scoreItems(items, answers, 720).passed).toBe(false);
  });
});
