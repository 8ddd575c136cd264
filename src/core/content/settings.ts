/**
 * The content lint's settings a pack sets for itself in pack.yaml (`lint:`). Every threshold is
 * optional: a rule whose threshold is absent is measured and reported but never fails the pack.
 */
import { z } from 'zod';

const percent = z.number().min(0).max(100);

export const cueThresholdsSchema = z
  .strictObject({
    longestIsKeyPct: percent.optional().describe('Most single-answer questions (%) whose key is (or ties for) the longest option.'),
    longestAreKeysPct: percent.optional().describe('Most multiple-response questions (%) whose keys are the longest options.'),
    guesserScorePct: percent.optional().describe('Highest expected score (%) of always picking the longest option(s), ties shared.'),
    keyRankPct: percent
      .optional()
      .describe('Most single-answer keys (%) at any one length rank (longest, 2nd longest, ...), ties shared; chance is 25.'),
    absolutesGapPoints: percent
      .optional()
      .describe('Largest gap in points between the share of keys and of distractors that say "always", "never" or "only".'),
    keyOnlyEchoesStemPct: percent.optional().describe('Most questions (%) in which only the key repeats distinctive words of the stem.'),
  })
  .describe('Answer cues a test-wise guesser could use, measured over the whole pack.');

export const lintSettingsSchema = z
  .strictObject({
    minQuestionsPerTask: z.number().int().min(0).optional().describe('Every task statement has at least this many questions.'),
    noteForTopicsWith: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Every topic used by at least this many questions is listed in some study note (notes/*.md).'),
    samePointSimilarity: z
      .number()
      .gt(0)
      .max(1)
      .optional()
      .describe('TF-IDF cosine of stem + key at or above which two questions are same-point candidates (default 0.5).'),
    cues: cueThresholdsSchema.optional(),
  })
  .describe('Content-lint settings for `proctor validate --strict` and the bank tests.');

export type CueThresholds = z.infer<typeof cueThresholdsSchema>;
export type LintSettings = z.infer<typeof lintSettingsSchema>;
