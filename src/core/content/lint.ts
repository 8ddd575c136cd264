/**
 * The content lint: rules beyond the format that the shipped banks must pass (`proctor validate
 * --strict`, the bank tests). Question shapes, duplicates, answer cues, the blueprint's weights,
 * study notes. Thresholds come from the pack's own `lint:` settings, then from the caller.
 */
import type { Pack } from '../pack/model.ts';
import { packReport } from '../pack/report.ts';
import { blueprintFindings } from './blueprint-rules.ts';
import { cueFindings } from './cue-rules.ts';
import { nearDuplicateFindings, samePointFindings } from './duplicate-rules.ts';
import { noteFindings } from './note-rules.ts';
import { questionFindings } from './question-rules.ts';
import { DEFAULT_SAME_POINT_SIMILARITY } from './same-point.ts';
import type { CueThresholds, LintSettings } from './settings.ts';

export { stemSimilarity } from './duplicate-rules.ts';
export { stemWords } from './text.ts';

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
  /** TF-IDF cosine at or above which two questions are same-point candidates. */
  samePointSimilarity: number;
  /** Every topic used by at least this many questions needs a note (off when undefined). */
  noteForTopicsWith: number | undefined;
  /** Answer-cue thresholds; a figure without a threshold is only reported. */
  cues: CueThresholds;
}

export const DEFAULT_LINT: LintOptions = {
  weightTolerancePoints: 2,
  fixedExamTolerance: 2,
  minQuestionsPerTask: 1,
  nearDuplicateThreshold: 0.6,
  samePointSimilarity: DEFAULT_SAME_POINT_SIMILARITY,
  noteForTopicsWith: undefined,
  cues: {},
};

/** The options a pack's settings give, over the defaults. */
export function lintOptionsFor(settings: LintSettings): LintOptions {
  const set = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
  return { ...DEFAULT_LINT, ...set, cues: { ...settings.cues } };
}

export function lintPack(pack: Pack, options: Partial<LintOptions> = {}): LintFinding[] {
  const opts: LintOptions = { ...lintOptionsFor(pack.lint), ...options };
  const report = packReport(pack);
  return [
    ...pack.questions.flatMap(questionFindings),
    ...nearDuplicateFindings(pack.questions, opts.nearDuplicateThreshold),
    ...samePointFindings(pack, opts),
    ...cueFindings(report.cues, opts.cues, pack.questions),
    ...noteFindings(pack, opts.noteForTopicsWith),
    ...blueprintFindings(pack, report, opts),
  ];
}
