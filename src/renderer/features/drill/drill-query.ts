/**
 * A custom drill as route query, so any screen can link to a filled builder:
 * `#/drill?pack=dva-c02&domains=2&tasks=1.1,3.2&topics=lambda,sqs&source=missed&count=10
 * &timing=fixed&minutes=15&feedback=practice&reveal=at-once`. Unknown or malformed values are
 * dropped (the builder's default is used), so a stale link still opens a usable form.
 */
import type { DrillSource, Feedback, Reveal, StartRequest } from '../../../core/index.ts';
import type { RouteQuery } from '../../lib/routes.ts';

export type TimingMode = 'none' | 'exam-pace' | 'fixed';

export interface DrillForm {
  packId: string;
  domains: number[];
  tasks: string[];
  topics: string[];
  source: DrillSource;
  count: number;
  timing: TimingMode;
  minutes: number;
  feedback: Feedback;
  reveal: Reveal;
}

export const SOURCES: readonly DrillSource[] = ['all', 'unseen', 'missed', 'flagged', 'due', 'weakest'];
const TIMINGS: readonly TimingMode[] = ['none', 'exam-pace', 'fixed'];
export const MAX_COUNT = 500;

const list = (text: string | undefined, valid: RegExp): string[] =>
  [...new Set((text ?? '').split(',').map((v) => v.trim()))].filter((v) => valid.test(v));
const pick = <T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;
const whole = (value: string | undefined, min: number, max: number, fallback: number): number => {
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
};

export function formFromQuery(query: RouteQuery, defaults: DrillForm): DrillForm {
  return {
    packId: query.pack && /^[a-z0-9][a-z0-9-]*$/.test(query.pack) ? query.pack : defaults.packId,
    domains: query.domains !== undefined ? list(query.domains, /^[1-9]$/).map(Number) : defaults.domains,
    tasks: query.tasks !== undefined ? list(query.tasks, /^[1-9]\.[1-9]$/) : defaults.tasks,
    topics: query.topics !== undefined ? list(query.topics, /^[a-z0-9]+(?:-[a-z0-9]+)*$/) : defaults.topics,
    source: pick(query.source, SOURCES, defaults.source),
    count: whole(query.count, 1, MAX_COUNT, defaults.count),
    timing: pick(query.timing, TIMINGS, defaults.timing),
    minutes: whole(query.minutes, 1, 600, defaults.minutes),
    feedback: pick(query.feedback, ['exam', 'practice'] as const, defaults.feedback),
    reveal: pick(query.reveal, ['on-check', 'at-once'] as const, defaults.reveal),
  };
}

/** The query that opens this form again (empty lists and the fixed minutes when unused are left out). */
export function queryOf(form: DrillForm): Record<string, string> {
  return {
    ...(form.packId ? { pack: form.packId } : {}),
    ...(form.domains.length ? { domains: form.domains.join(',') } : {}),
    ...(form.tasks.length ? { tasks: form.tasks.join(',') } : {}),
    ...(form.topics.length ? { topics: form.topics.join(',') } : {}),
    source: form.source,
    count: String(form.count),
    timing: form.timing,
    ...(form.timing === 'fixed' ? { minutes: String(form.minutes) } : {}),
    feedback: form.feedback,
    ...(form.feedback === 'practice' ? { reveal: form.reveal } : {}),
  };
}

export function filterOf(form: DrillForm): Extract<StartRequest, { kind: 'custom' }>['filter'] {
  return {
    ...(form.domains.length ? { domains: form.domains } : {}),
    ...(form.tasks.length ? { tasks: form.tasks } : {}),
    ...(form.topics.length ? { topics: form.topics } : {}),
  };
}

export function startRequestOf(form: DrillForm, count: number): StartRequest {
  return {
    kind: 'custom',
    filter: filterOf(form),
    source: form.source,
    count,
    timing: form.timing === 'fixed' ? { mode: 'fixed', minutes: form.minutes } : { mode: form.timing },
    feedback: form.feedback,
    ...(form.feedback === 'practice' ? { reveal: form.reveal } : {}),
  };
}
