/**
 * "How many to choose" as real banks write it — "(Choose 3 answers)", "(Select TWO)", "(Choose
 * two.)", "Choose 2." — read, checked against the options marked correct, and written the one way
 * the pack format (and the exam) says it: "(Choose TWO.)".
 */
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };
const WORDS = ['', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE'];

const PHRASE =
  /\(?\s*\b(?:choose|select|pick|mark)\s+(\d|one|two|three|four|five|six|seven|eight)\b(?:\s+(?:correct\s+)?(?:answers?|options?|responses?|choices?))?\s*[.!]?\s*\)?\.?/gi; // eslint-disable-line max-len

export interface StatedCount {
  count: number;
  /** The phrase as written, to be replaced. */
  phrase: string;
}

/** The last "choose N" phrase of a stem (banks put it at the end), if any. */
export function statedChooseCount(stem: string): StatedCount | undefined {
  let found: StatedCount | undefined;
  for (const match of stem.matchAll(PHRASE)) {
    // Only a phrase in brackets, or one that ends a sentence: "choose two weeks" is not a count.
    const text = match[0].trim();
    const end = match.index + match[0].length;
    if (!text.startsWith('(') && !/[.!)]$/.test(text) && stem.slice(end).trim() !== '') continue;
    const word = match[1]!.toLowerCase();
    const count = /\d/.test(word) ? Number(word) : NUMBER_WORDS[word]!;
    found = { count, phrase: match[0] };
  }
  return found;
}

export type ChooseCheck = { stem: string } | { problem: string };

/**
 * The stem with its count in the pack's wording, or the reason the question cannot be imported:
 * a stated count that differs from the marked answers, or more than one answer where the format
 * allows only one.
 */
export function normalizeChooseCount(stem: string, keys: number): ChooseCheck {
  const stated = statedChooseCount(stem);
  if (stated && stated.count !== keys) {
    return { problem: `the stem says "${stated.phrase.trim()}" but ${keys} option${keys === 1 ? ' is' : 's are'} marked correct` };
  }
  if (keys <= 1) {
    // "(Choose one.)" is true but the pack format keeps "(Choose N.)" for multiple response.
    return { stem: stated ? replacePhrase(stem, stated.phrase, '') : stem };
  }
  if (keys > 5) return { problem: `${keys} options are marked correct; Proctor's questions have at most 5 correct options` };
  const wording = `(Choose ${WORDS[keys]}.)`;
  if (stated) return { stem: replacePhrase(stem, stated.phrase, wording) };
  return { stem: `${stem.trimEnd()}\n\n${wording}` };
}

/** The phrase replaced where it stands; the text around it keeps its line breaks. */
function replacePhrase(stem: string, phrase: string, replacement: string): string {
  const at = stem.lastIndexOf(phrase);
  const trailing = /\s*$/.exec(phrase)![0];
  const leading = /^\s*/.exec(phrase)![0];
  return `${stem.slice(0, at)}${leading}${replacement}${trailing}${stem.slice(at + phrase.length)}`.trim();
}
