/**
 * The cue thresholds a pack sets for itself (pack.yaml `lint.cues`): each figure of
 * `measureCues` over its threshold is one finding that names the figure, the threshold and the
 * questions to look at, the clearest cases first.
 */
import type { Question } from '../pack/model.ts';
import type { CueFigures } from './cues.ts';
import type { LintFinding } from './lint.ts';
import type { CueThresholds } from './settings.ts';

const MAX_LISTED = 25;
const lengthOf = (text: string) => text.trim().length;

function listed(ids: readonly string[], byMargin?: (id: string) => number): string {
  const sorted = byMargin ? [...ids].sort((a, b) => byMargin(b) - byMargin(a)) : [...ids];
  const more =
    sorted.length > MAX_LISTED ? ` and ${sorted.length - MAX_LISTED} more (proctor report --json lists all under cues.questions)` : '';
  return `${sorted.slice(0, MAX_LISTED).join(', ')}${more}`;
}

/** Characters by which the keys out-length the distractors (how clearly a question shows the cue). */
function lengthMargin(q: Question | undefined): number {
  if (!q) return 0;
  const keys = q.options.filter((o) => o.correct).map((o) => lengthOf(o.text));
  const others = q.options.filter((o) => !o.correct).map((o) => lengthOf(o.text));
  return Math.min(...keys) - Math.max(...others);
}

const ORDINAL = ['longest', '2nd longest', '3rd longest', '4th longest', '5th longest', '6th longest'];

export function cueFindings(cues: CueFigures, thresholds: CueThresholds, questions: readonly Question[]): LintFinding[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const margin = (id: string) => lengthMargin(byId.get(id));
  const findings: LintFinding[] = [];
  const over = (figure: number, threshold: number | undefined): threshold is number => threshold !== undefined && figure > threshold;
  const fix = 'make distractors as specific, technical and long as the key, or trim keys that justify themselves (never pad)';
  if (over(cues.longestIsKeyPct, thresholds.longestIsKeyPct))
    findings.push({
      rule: 'cue-longest-is-key',
      message:
        `longestIsKeyPct is ${cues.longestIsKeyPct}%, over the pack's threshold of ` +
        `${thresholds.longestIsKeyPct}%: the key is the longest option in ` +
        `${cues.questions.longestIsKey.length} of ${cues.single} single-answer questions (chance 25%); ` +
        `${fix}. Look at: ${listed(cues.questions.longestIsKey, margin)}`,
    });
  if (over(cues.longestAreKeysPct, thresholds.longestAreKeysPct))
    findings.push({
      rule: 'cue-longest-are-keys',
      message:
        `longestAreKeysPct is ${cues.longestAreKeysPct}%, over the pack's threshold of ` +
        `${thresholds.longestAreKeysPct}%: the keys are the longest options in ` +
        `${cues.questions.longestAreKeys.length} of ${cues.multiple} multiple-response questions; ${fix}. ` +
        `Look at: ${listed(cues.questions.longestAreKeys, margin)}`,
    });
  if (over(cues.guesserScorePct, thresholds.guesserScorePct)) {
    const ids = [...cues.questions.longestIsKey, ...cues.questions.longestAreKeys];
    findings.push({
      rule: 'cue-guesser-score',
      message:
        `guesserScorePct is ${cues.guesserScorePct}%, over the pack's threshold of ` +
        `${thresholds.guesserScorePct}%: always picking the longest option(s) scores that much without ` +
        `knowing the subject. Look at: ${listed(ids, margin)}`,
    });
  }
  const cap = thresholds.keyRankPct;
  cues.keyRankPct.forEach((share, rank) => {
    if (!over(share, cap)) return;
    const place = ORDINAL[rank] ?? `rank ${rank + 1}`;
    findings.push({
      rule: 'cue-key-length-rank',
      message:
        `keyRankPct[${rank}] is ${share}%, over the pack's cap of ${cap}% for any one length rank: ` +
        `the key is the ${place} option in that share of ${cues.single} single-answer questions (chance 25%), ` +
        `so "always pick the ${place}" beats chance; vary the key's place in the length order ` +
        `(shorten or lengthen options, never pad). Look at: ${listed(cues.questions.keyRank[rank] ?? [])}`,
    });
  });
  const DROP_FROM_KEYS = 'drop absolutes that keys do not need, or state a true limit as an absolute in a distractor';
  const gap = Math.round(10 * Math.abs(cues.absolutesInKeysPct - cues.absolutesInDistractorsPct)) / 10;
  if (over(gap, thresholds.absolutesGapPoints)) {
    const inKeys = cues.absolutesInKeysPct > cues.absolutesInDistractorsPct;
    findings.push({
      rule: 'cue-absolutes-balance',
      message:
        `absolutes ("always", "never", "only") are in ${cues.absolutesInKeysPct}% of keys and ` +
        `${cues.absolutesInDistractorsPct}% of distractors, a gap of ${gap} points over the pack's ` +
        `${thresholds.absolutesGapPoints}: ` +
        `${inKeys ? 'an absolute points to the key' : 'an absolute points away from the key'}; ` +
        `${inKeys ? DROP_FROM_KEYS : 'drop gratuitous absolutes from distractors'}. ` +
        `Look at: ${listed(inKeys ? cues.questions.absolutesInKeys : cues.questions.absolutesInDistractors)}`,
    });
  }
  if (over(cues.keyOnlyEchoesStemPct, thresholds.keyOnlyEchoesStemPct))
    findings.push({
      rule: 'cue-key-echoes-stem',
      message:
        `keyOnlyEchoesStemPct is ${cues.keyOnlyEchoesStemPct}%, over the pack's threshold of ` +
        `${thresholds.keyOnlyEchoesStemPct}%: only the key repeats the stem's distinctive words; reword the ` +
        `key or let distractors use the stem's terms too. Look at: ` +
        `${listed(cues.questions.keyOnlyEchoesStem)}`,
    });
  return findings;
}
