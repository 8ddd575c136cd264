/** The in-memory shape of a loaded exam pack. */
import type { LintSettings } from '../content/settings.ts';
import type { Note } from './notes.ts';
import type { Domain, FixedExam, PackManifest } from './schema.ts';

export type OptionId = string;

export interface AnswerOption {
  /** Letter of the option in authored order ("a".."h"): stable as long as authors append. */
  id: OptionId;
  text: string;
  correct: boolean;
  /** Empty when the pack has none for this option (imported banks). */
  explanation: string;
}

export interface Question {
  id: string;
  domain: number;
  task: string;
  type: 'single' | 'multiple';
  difficulty: 1 | 2 | 3;
  topics: string[];
  stem: string;
  options: AnswerOption[];
  /** A general explanation of the question, when the pack has one. */
  explanation?: string;
  references: string[];
  /** How many options the user must choose (1 for single answer). */
  choose: number;
  source: SourcePlace;
}

export interface SourcePlace {
  file: string;
  line: number;
}

export interface Pack {
  id: string;
  title: string;
  description?: string;
  exam: PackManifest['exam'];
  domains: Domain[];
  fixedExams: FixedExam[];
  questions: Question[];
  /** Study notes (notes/*.md), sorted by id. */
  notes: Note[];
  /** The pack's own content-lint settings (pack.yaml `lint:`). */
  lint: LintSettings;
  /** Same-point candidate pairs a reviewer kept, with the reason (same-point.yaml). */
  reviewedPairs: ReviewedPair[];
}

export interface ReviewedPair {
  ids: [string, string];
  reason: string;
  source: SourcePlace;
}

export const OPTION_IDS = 'abcdefgh';

const CHOOSE_WORDS: Record<string, number> = { TWO: 2, THREE: 3, FOUR: 4, FIVE: 5 };

/** Reads "(Choose TWO.)" from a stem; undefined when the stem names no number. */
export function chooseCountInStem(stem: string): number | undefined {
  const match = /\(Choose (TWO|THREE|FOUR|FIVE)\.\)/.exec(stem);
  return match ? CHOOSE_WORDS[match[1]!] : undefined;
}

export function questionIndex(pack: Pack): Map<string, Question> {
  return new Map(pack.questions.map((question) => [question.id, question]));
}
