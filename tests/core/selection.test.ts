import { describe, expect, it } from 'vitest';
import { optionOrder, questionsPerDomain, selectFixed, selectWeighted, SelectionError } from '../../src/core/index.ts';
import { DOMAINS, makePack } from '../fixtures/packs.ts';

const countByDomain = (questions: { domain: number }[]) =>
  questions.reduce<Record<number, number>>((acc, q) => ({ ...acc, [q.domain]: (acc[q.domain] ?? 0) + 1 }), {});

describe('weighted selection', () => {
  it('splits 65 questions 21/17/15/12 by the DVA-C02 weights (largest remainder)', () => {
    expect(Object.fromEntries(questionsPerDomain(DOMAINS, 65))).toEqual({ 1: 21, 2: 17, 3: 15, 4: 12 });
    for (const total of [1, 10, 50, 65, 100, 390]) {
      const counts = [...questionsPerDomain(DOMAINS, total).values()];
      expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    }
  });

  it('draws 65 distinct questions in the blueprint weights', () => {
    const pack = makePack();
    for (const seed of [1, 2, 3, 99, 123456]) {
      const chosen = selectWeighted(pack, seed);
      expect(chosen).toHaveLength(65);
      expect(new Set(chosen.map((q) => q.id)).size).toBe(65);
      expect(countByDomain(chosen)).toEqual({ 1: 21, 2: 17, 3: 15, 4: 12 });
    }
  });

  it('is replayable from the seed and differs between seeds', () => {
    const pack = makePack();
    const ids = (seed: number) => selectWeighted(pack, seed).map((q) => q.id);
    expect(ids(42)).toEqual(ids(42));
    expect(ids(42)).not.toEqual(ids(43));
  });

  it('fills a short domain from the others and refuses a pack that is too small', () => {
    const pack = makePack({ 1: 60, 2: 5, 3: 20, 4: 20 });
    const chosen = selectWeighted(pack, 7);
    expect(chosen).toHaveLength(65);
    expect(countByDomain(chosen)[2]).toBe(5);
    expect(() => selectWeighted(makePack({ 1: 10, 2: 10, 3: 10, 4: 10 }), 1)).toThrow(SelectionError);
  });

  it('shuffles option order per question, deterministically', () => {
    const pack = makePack();
    const question = pack.questions[0]!;
    expect(optionOrder(question, 5)).toEqual(optionOrder(question, 5));
    expect(optionOrder(question, 5).sort()).toEqual(['a', 'b', 'c', 'd']);
    const orders = new Set(Array.from({ length: 30 }, (_, seed) => optionOrder(question, seed).join('')));
    expect(orders.size).toBeGreaterThan(5);
  });

  it('takes a fixed exam as listed, in a seeded order', () => {
    const pack = makePack();
    const ids = pack.questions.slice(0, 65).map((q) => q.id);
    pack.fixedExams = [{ id: 'practice-1', title: 'Practice exam 1', questionIds: ids }];
    const chosen = selectFixed(pack, 'practice-1', 3).map((q) => q.id);
    expect(chosen.slice().sort()).toEqual(ids.slice().sort());
    expect(chosen).not.toEqual(ids);
  });
});
