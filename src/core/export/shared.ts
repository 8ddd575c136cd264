/** What every export shares: the result shape and the general feedback with its references. */
import type { Pack, Question } from '../pack/model.ts';

export interface ExportSkip {
  questionId: string;
  reason: string;
}

export interface ExportResult {
  text: string;
  filename: string;
  exported: number;
  /** Questions the format cannot express, with the reason; never dropped silently. */
  skipped: ExportSkip[];
}

/** The question's explanation, then its references on a "References:" block (read back on import). */
export function generalFeedback(question: Question): string {
  const parts = [question.explanation?.trim() ?? ''];
  if (question.references.length > 0) parts.push(['References:', ...question.references].join('\n'));
  return parts.filter(Boolean).join('\n\n');
}

export function domainTitle(pack: Pack, number: number): string {
  const domain = pack.domains.find((d) => d.number === number);
  return domain ? `Domain ${number}: ${domain.title}` : `Domain ${number}`;
}

/** Questions grouped by domain (stable within a domain), so each category is written once. */
export function byDomain(pack: Pack): Question[] {
  return [...pack.questions].sort((a, b) => a.domain - b.domain);
}

export function fileSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-|-$/g, '') || 'pack';
}
