import { describe, expect, it } from 'vitest';
import { lintPack, measureCues, type Question } from '../../src/core/index.ts';
import { makePack, makeQuestion } from '../fixtures/packs.ts';

/** A question whose options have exactly these texts (key positions as given). */
function withTexts(id: string, texts: string[], keys: number[]): Question {
  const q = makeQuestion(id, 1, keys, texts.length);
  return { ...q, options: q.options.map((o, i) => ({ ...o, text: texts[i]! })) };
}

const len = (n: number, c = 'x') => c.repeat(n);

describe('answer cues', () => {
  it('counts a key that is, or ties for, the longest, and shares ties in the guesser score', () => {
    const cues = measureCues([
      withTexts('longest', [len(40), len(20), len(20), len(20)], [0]),
      withTexts('tied', [len(40), len(40), len(20), len(20)], [0]),
      withTexts('shortest', [len(10), len(20), len(30), len(40)], [0]),
      withTexts('second', [len(30), len(40), len(20), len(10)], [0]),
    ]);
    expect(cues.single).toBe(4);
    expect(cues.longestIsKeyPct).toBe(50);
    // Always-longest earns 1 + 1/2 + 0 + 0 of 4 questions.
    expect(cues.guesserScorePct).toBe(37.5);
    // Ranks, ties shared: longest 1 + 0.5; 2nd 0.5 + 1; 3rd 0; 4th 1.
    expect(cues.keyRankPct).toEqual([37.5, 37.5, 0, 25]);
    expect(cues.questions.keyRank[1]).toEqual(['tied', 'second']);
    expect(cues.rankGuesserScorePct).toBe(37.5);
  });

  it('treats multiple-response keys as longest only when no distractor is longer than any key', () => {
    const cues = measureCues([
      withTexts('top', [len(50), len(45), len(10), len(10), len(10)], [0, 1]),
      withTexts('tie-at-edge', [len(50), len(30), len(30), len(10), len(10)], [0, 1]),
      withTexts('mixed', [len(50), len(10), len(45), len(10), len(10)], [0, 1]),
    ]);
    expect(cues.longestAreKeysPct).toBe(66.7);
    expect(cues.questions.longestAreKeys).toEqual(['top', 'tie-at-edge']);
    // 1 + 1/2 (the guesser takes one of the two 30s) + 0, over 3 questions.
    expect(cues.guesserScorePct).toBe(50);
  });

  it('shares ties exactly, also for eight options of one length (no enumeration of orders)', () => {
    const equal = Array.from({ length: 2000 }, (_, i) =>
      withTexts(
        `e${i}`,
        Array.from({ length: 8 }, () => len(30)),
        [0, 1, 2],
      ),
    );
    const cues = measureCues(equal);
    // Picking 3 of 8 equally long options is right once in C(8,3) = 56 tries.
    expect(cues.guesserScorePct).toBe(Math.round(1000 / 56) / 10);
    expect(cues.longestAreKeysPct).toBe(100);
  });

  it('measures absolutes outside code, in keys against distractors', () => {
    const cues = measureCues([
      withTexts('a', ['It always retries', 'Use `--only-changed`', 'Read-only replica', 'Plain'], [0]),
      withTexts('b', ['Plain', 'Plain', 'Never cached', 'Plain'], [1]),
    ]);
    expect(cues.absolutesInKeysPct).toBe(50);
    // "Read-only" reads as an absolute to a guesser's eye too; the code span does not.
    expect(cues.absolutesInDistractorsPct).toBe(33.3);
    expect(cues.questions.absolutesInKeys).toEqual(['a']);
  });

  it('finds keys that alone repeat the stem', () => {
    const q = withTexts('echo', ['Enable Contributor Insights', 'Add a GSI', 'Double capacity', 'Use streams'], [0]);
    const cues = measureCues([{ ...q, stem: 'Which keys are throttled? Use Contributor Insights data.' }]);
    expect(cues.keyOnlyEchoesStemPct).toBe(100);
  });

  it('fails a pack over its thresholds, naming the figure, the threshold and the questions', () => {
    const questions = Array.from({ length: 10 }, (_, i) => withTexts(`q${i}`, [len(60), len(20), len(20), len(20)], [0]));
    const pack = makePack({}, { questions, lint: { cues: { longestIsKeyPct: 30, guesserScorePct: 30, keyRankPct: 30 } } });
    const findings = lintPack(pack, { minQuestionsPerTask: 0, weightTolerancePoints: 100 }).filter((f) => f.rule.startsWith('cue-'));
    expect(findings.map((f) => f.rule)).toEqual(['cue-longest-is-key', 'cue-guesser-score', 'cue-key-length-rank']);
    expect(findings[0]!.message).toMatch(/longestIsKeyPct is 100%, over the pack's threshold of 30%/);
    expect(findings[0]!.message).toMatch(/Look at: q0, q1/);
    expect(findings[2]!.message).toMatch(/keyRankPct\[0\] is 100%.*cap of 30%/);
    // Without thresholds the figures are only reported.
    expect(
      lintPack({ ...pack, lint: {} }, { minQuestionsPerTask: 0, weightTolerancePoints: 100 }).filter((f) => f.rule.startsWith('cue-')),
    ).toEqual([]);
  });

  it('flags absolutes that point either way, beyond the pack gap', () => {
    const questions = Array.from({ length: 4 }, (_, i) => withTexts(`q${i}`, ['It is always on', 'Off', 'Off', 'Off'], [0]));
    const pack = makePack({}, { questions, lint: { cues: { absolutesGapPoints: 1 } } });
    const [finding] = lintPack(pack, { minQuestionsPerTask: 0, weightTolerancePoints: 100 }).filter(
      (f) => f.rule === 'cue-absolutes-balance',
    );
    expect(finding!.message).toMatch(
      /in 100% of keys and 0% of distractors, a gap of 100 points over the pack's 1: an absolute points to the key/,
    );
  });
});
