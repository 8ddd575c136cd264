/** A question's history in words: "Missed 2 of 3 times, last on Nov 28." (every finished attempt, this one included). */
import type { QuestionHistory } from '../../../core/index.ts';

const day = (ms: number) => new Date(ms).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

export function historyLine(h: QuestionHistory): string {
  if (h.seen === 0 && h.skipped === 0) return 'No answer to it in a finished attempt yet.';
  const parts: string[] = [];
  if (h.seen > 0)
    parts.push(
      h.missed === 0
        ? `Right ${h.seen === 1 ? 'the only time' : `all ${h.seen} times`} you answered it`
        : `Missed ${h.missed} of ${h.seen} ${h.seen === 1 ? 'time' : 'times'}${h.lastMissed ? `, last on ${day(h.lastMissed)}` : ''}`,
    );
  if (h.skipped > 0) parts.push(`left unanswered ${times(h.skipped)}`);
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
