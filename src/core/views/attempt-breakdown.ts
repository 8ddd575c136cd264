/**
 * What the results of any attempt add to its score: a breakdown by task statement and by topic,
 * the time spent on each question, and the change against the previous attempt of the same kind
 * (a full-length exam against the previous full-length exam, a spaced review against the previous
 * spaced review), so progress is read like against like.
 */
import { z } from 'zod';
import type { Attempt, AttemptSummary } from '../attempt/schema.ts';
import { questionIndex, type Pack, type Question } from '../pack/model.ts';
import { isMockExam } from '../rules/attempt-kinds.ts';
import { isAnswerCorrect, percentOf } from '../rules/score-rules.ts';

const tallySchema = { correct: z.number().int(), total: z.number().int(), percent: z.number() };

export const attemptBreakdownSchema = z.object({
  byTask: z.array(z.object({ domain: z.number().int(), task: z.string(), title: z.string(), ...tallySchema })),
  byTopic: z.array(z.object({ topic: z.string(), ...tallySchema })),
  timing: z.object({
    /** Questions whose time was recorded (attempts made before times were kept have none). */
    timed: z.number().int(),
    totalMs: z.number(),
    averageMs: z.number().nullable(),
    /** In the attempt's order; null where no time was recorded. */
    perQuestion: z.array(
      z.object({ number: z.number().int(), questionId: z.string(), timeMs: z.number().nullable(), correct: z.boolean() }),
    ),
  }),
  change: z
    .object({
      attemptId: z.string(),
      title: z.string(),
      submittedAt: z.number(),
      percent: z.number(),
      percentChange: z.number(),
      /** Mock exams only: the scaled score's change. */
      scaledScoreChange: z.number().optional(),
      byDomain: z.array(z.object({ domain: z.number().int(), percent: z.number(), change: z.number() })),
    })
    .optional(),
});
export type AttemptBreakdown = z.infer<typeof attemptBreakdownSchema>;

/** The newest submitted attempt of the same pack and kind finished before this one. */
export function previousOfSameKind(summaries: Iterable<AttemptSummary>, attempt: Pick<Attempt, 'id' | 'packId' | 'kind' | 'submittedAt'>) {
  const at = attempt.submittedAt ?? Number.POSITIVE_INFINITY;
  let best: AttemptSummary | undefined;
  for (const s of summaries) {
    if (s.id === attempt.id || s.packId !== attempt.packId || s.kind !== attempt.kind || !s.result) continue;
    const when = s.submittedAt ?? 0;
    if (when < at && (!best || when > (best.submittedAt ?? 0))) best = s;
  }
  return best;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function tallies<K>(keys: Iterable<[K, boolean]>): Map<K, { correct: number; total: number }> {
  const map = new Map<K, { correct: number; total: number }>();
  for (const [key, right] of keys) {
    const t = map.get(key) ?? map.set(key, { correct: 0, total: 0 }).get(key)!;
    t.total++;
    if (right) t.correct++;
  }
  return map;
}

export function attemptBreakdown(attempt: Attempt, pack: Pack | undefined, previous?: AttemptSummary): AttemptBreakdown {
  const questions = pack && pack.id === attempt.packId ? questionIndex(pack) : new Map<string, Question>();
  const taskTitles = new Map(pack?.domains.flatMap((d) => d.tasks.map((t) => [t.id, t.title] as const)) ?? []);
  const rows = attempt.items.map((item, index) => ({
    item,
    number: index + 1,
    right: isAnswerCorrect(item.correctOptionIds, attempt.answers[item.questionId]),
    topics: questions.get(item.questionId)?.topics ?? [],
  }));
  const byTask = [...tallies(rows.map((r) => [`${r.item.domain}|${r.item.task}`, r.right] as [string, boolean])).entries()]
    .map(([key, t]) => {
      const [domain, task] = key.split('|') as [string, string];
      return { domain: Number(domain), task, title: taskTitles.get(task) ?? '', ...t, percent: percentOf(t.correct, t.total) };
    })
    .sort((a, b) => a.task.localeCompare(b.task, undefined, { numeric: true }));
  const byTopic = [...tallies(rows.flatMap((r) => r.topics.map((topic: string) => [topic, r.right] as [string, boolean]))).entries()]
    .map(([topic, t]) => ({ topic, ...t, percent: percentOf(t.correct, t.total) }))
    .sort((a, b) => a.percent - b.percent || b.total - a.total || a.topic.localeCompare(b.topic));
  const times = attempt.answerTimes ?? {};
  const perQuestion = rows.map((r) => ({
    number: r.number,
    questionId: r.item.questionId,
    timeMs: times[r.item.questionId] ?? null,
    correct: r.right,
  }));
  const recorded = perQuestion.filter((q) => q.timeMs !== null);
  const totalMs = recorded.reduce((sum, q) => sum + q.timeMs!, 0);
  return {
    byTask,
    byTopic,
    timing: { timed: recorded.length, totalMs, averageMs: recorded.length ? Math.round(totalMs / recorded.length) : null, perQuestion },
    ...(previous?.result && attempt.result ? { change: changeAgainst(attempt, previous) } : {}),
  };
}

function changeAgainst(attempt: Attempt, previous: AttemptSummary): NonNullable<AttemptBreakdown['change']> {
  const now = attempt.result!;
  const before = previous.result!;
  const beforeDomains = new Map(before.byDomain.map((d) => [d.domain, percentOf(d.correct, d.total)]));
  return {
    attemptId: previous.id,
    title: previous.title,
    submittedAt: previous.submittedAt ?? previous.startedAt,
    percent: before.percent,
    percentChange: round1(now.percent - before.percent),
    ...(isMockExam(attempt.kind) ? { scaledScoreChange: now.scaledScore - before.scaledScore } : {}),
    byDomain: now.byDomain
      .filter((d) => beforeDomains.has(d.domain) && d.total > 0)
      .map((d) => {
        const percent = percentOf(d.correct, d.total);
        return { domain: d.domain, percent, change: round1(percent - beforeDomains.get(d.domain)!) };
      }),
  };
}
