/** Words for chart points: axis labels that tell attempts of the same day apart, and tooltips. */
import { kindLabel } from '../../core/rules/attempt-kinds.ts';

export interface NamedPoint {
  attemptId: string;
  kind: string;
  title: string;
  submittedAt: number;
}

// One formatter each: toLocaleDateString with options builds a new one per call, which costs
// seconds over the 10,000 points of a long history.
const DAY = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const TIME = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const day = (ms: number) => DAY.format(ms);
const dayKey = (ms: number) => new Date(ms).toDateString();
const time = (ms: number) => TIME.format(ms);

/**
 * "Nov 28" for the only attempt of a day; "Dec 1 #1", "Dec 1 #2" for several on one day, so
 * each axis label names one attempt.
 */
export function axisLabels(points: readonly Pick<NamedPoint, 'submittedAt'>[]): string[] {
  const perDay = new Map<string, number>();
  for (const p of points) perDay.set(dayKey(p.submittedAt), (perDay.get(dayKey(p.submittedAt)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return points.map((p) => {
    const key = dayKey(p.submittedAt);
    if (perDay.get(key) === 1) return day(p.submittedAt);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return `${day(p.submittedAt)} #${n}`;
  });
}

/** The tooltip's lines for an attempt: its title, then its kind, date and time. */
export function pointTitle(point: NamedPoint): string[] {
  return [point.title, `${kindLabel(point.kind, point.title)} · ${day(point.submittedAt)}, ${time(point.submittedAt)}`];
}
