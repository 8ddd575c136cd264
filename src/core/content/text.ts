/** Word handling shared by the content rules: code removed, small words dropped, crude stems. */

/** Words that every scenario shares; leaving them out lets the topic words decide similarity. */
export const COMMON_WORDS = new Set(
  [
    'a an the to of and or in on for with by is are be that this which what from as at it its their they',
    'them can will would should must has have does do not no when each all any than then so into only',
    'developer developers company team application applications app needs need wants want using use uses',
    'used requirements requirement meet meets solution solutions choose two three',
  ]
    .join(' ')
    .split(' '),
);

/** More words that carry no point of a question: for the stem-echo cue and the same-point check. */
const FILLER_WORDS = new Set(
  [
    'most least amazon aws following these those there been more make other such while after before about',
    'every through data also over under same without within how why where who should could may might one',
    'was were our your you his her there here new',
  ]
    .join(' ')
    .split(' '),
);

/** A crude stemmer: "stores", "stored", "storing" and "store" all become "stor". */
export const stemOf = (word: string) => (word.length > 4 ? word.replace(/(ing|ed|es|s)$/, '').replace(/e$/, '') : word);

/** Text without fenced code blocks and without inline code spans. */
export const withoutCode = (text: string) => text.replace(/```[\s\S]*?```/g, ' ').replace(/`[^`\n]*`/g, ' ');

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w.length > 0);

/** The stem's distinctive words, stemmed (the near-duplicate-stem rule). */
export function stemWords(stem: string): Set<string> {
  return new Set(
    wordsOf(stem)
      .filter((w) => !COMMON_WORDS.has(w))
      .map(stemOf),
  );
}

/** Words of four letters or more that are neither common nor filler, code spans left out. */
export function distinctiveWords(text: string): Set<string> {
  return new Set(wordsOf(withoutCode(text)).filter((w) => w.length >= 4 && !COMMON_WORDS.has(w) && !FILLER_WORDS.has(w)));
}

/**
 * Terms for TF-IDF: every word but the small ones, stemmed, code included: identifiers in code
 * (`ReportBatchItemFailures`, `sam sync`) name the point of a question most exactly.
 */
export function terms(text: string): string[] {
  return wordsOf(text)
    .filter((w) => w.length >= 3 && !COMMON_WORDS.has(w) && !FILLER_WORDS.has(w))
    .map(stemOf);
}

/** Absolutes a test-wise guesser reads as a tell (outside code). */
export const ABSOLUTE = /\b(always|never|only)\b/i;

export const hasAbsolute = (text: string) => ABSOLUTE.test(withoutCode(text));
