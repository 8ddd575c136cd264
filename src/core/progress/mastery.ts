/**
 * Mastery by task statement and by topic, and the weakest topics. A topic is among the weakest
 * only with enough answers to mean something: at least 8 answers to at least 3 different
 * questions. Topics are ranked by their share right pulled toward the learner's overall share
 * (as if 5 more answers at that rate had been given), so 1 miss in 8 ranks above 5 in 40 only
 * when the rates say so, not by chance of a few answers.
 */
import { z } from 'zod';
import type { Pack } from '../pack/model.ts';
import { percentOf } from '../rules/score-rules.ts';
import type { PackLedger, QuestionStats } from './aggregates.ts';

export const WEAK_TOPIC_MIN_ANSWERS = 8;
export const WEAK_TOPIC_MIN_QUESTIONS = 3;
export const WEAK_TOPIC_PRIOR = 5;
export const WEAKEST_TOPICS = 5;
/** The trend of a task compares its latest 20 results with the 20 before (each needs 10). */
const TREND_HALF = 20;
const TREND_MIN = 10;
const TREND_STEP = 10;

const tally = {
  /** Questions of the pack with this task or topic, and how many of them were ever answered. */
  questionCount: z.number().int(),
  questionsSeen: z.number().int(),
  answered: z.number().int(),
  correct: z.number().int(),
  /** Percent right of the answers; null before the first. */
  percent: z.number().nullable(),
  lastSeen: z.number().optional(),
};

export const taskTrendSchema = z.object({
  recentPercent: z.number().nullable(),
  previousPercent: z.number().nullable(),
  direction: z.enum(['up', 'down', 'flat', 'unknown']),
});
export const taskMasterySchema = z.object({
  domain: z.number().int(),
  task: z.string(),
  title: z.string(),
  ...tally,
  trend: taskTrendSchema,
});
export const topicMasterySchema = z.object({ topic: z.string(), ...tally });
export const weakTopicSchema = z.object({
  topic: z.string(),
  answered: z.number().int(),
  correct: z.number().int(),
  percent: z.number(),
  score: z.number(),
});

export type TaskMastery = z.infer<typeof taskMasterySchema>;
export type TopicMastery = z.infer<typeof topicMasterySchema>;
export type WeakTopic = z.infer<typeof weakTopicSchema>;

export const WEAKEST_TOPICS_RULE =
  `Topics with at least ${WEAK_TOPIC_MIN_ANSWERS} answers to at least ${WEAK_TOPIC_MIN_QUESTIONS} different questions, ` +
  `ranked by their share right, pulled toward your overall share as if ${WEAK_TOPIC_PRIOR} more answers at that rate had been given.`;

interface Tally {
  questionCount: number;
  questionsSeen: number;
  answered: number;
  correct: number;
  lastSeen?: number;
}

function add(into: Tally, stats: QuestionStats | undefined): void {
  if (!stats || stats.answered === 0) return;
  into.questionsSeen++;
  into.answered += stats.answered;
  into.correct += stats.correct;
  into.lastSeen = Math.max(into.lastSeen ?? 0, stats.lastSeen);
}

const finish = (t: Tally) => ({ ...t, percent: t.answered ? percentOf(t.correct, t.answered) : null });

export function taskTrend(results: string | undefined): z.infer<typeof taskTrendSchema> {
  const share = (s: string) => (s.length >= TREND_MIN ? percentOf([...s].filter((c) => c === '1').length, s.length) : null);
  const all = results ?? '';
  const recentPercent = share(all.slice(-TREND_HALF));
  const previousPercent = share(all.slice(-2 * TREND_HALF, -TREND_HALF));
  if (recentPercent === null || previousPercent === null) return { recentPercent, previousPercent, direction: 'unknown' };
  const change = recentPercent - previousPercent;
  return { recentPercent, previousPercent, direction: change >= TREND_STEP ? 'up' : change <= -TREND_STEP ? 'down' : 'flat' };
}

/** Every task statement of the pack, answered or not, in the blueprint's order. */
export function masteryByTask(pack: Pack, ledger: PackLedger): TaskMastery[] {
  const tallies = new Map<string, Tally>();
  for (const domain of pack.domains)
    for (const task of domain.tasks) tallies.set(task.id, { questionCount: 0, questionsSeen: 0, answered: 0, correct: 0 });
  for (const q of pack.questions) if (tallies.has(q.task)) tallies.get(q.task)!.questionCount++;
  for (const stats of Object.values(ledger.questions)) if (tallies.has(stats.task)) add(tallies.get(stats.task)!, stats);
  return pack.domains.flatMap((domain) =>
    domain.tasks.map((task) => ({
      domain: domain.number,
      task: task.id,
      title: task.title,
      ...finish(tallies.get(task.id)!),
      trend: taskTrend(ledger.tasks[task.id]),
    })),
  );
}

/** Every topic of the pack's questions, by name; answers count under the topics they had then. */
export function masteryByTopic(pack: Pack, ledger: PackLedger): TopicMastery[] {
  const tallies = new Map<string, Tally>();
  const of = (topic: string) =>
    tallies.get(topic) ?? tallies.set(topic, { questionCount: 0, questionsSeen: 0, answered: 0, correct: 0 }).get(topic)!;
  for (const q of pack.questions) for (const topic of q.topics) of(topic).questionCount++;
  for (const q of pack.questions) {
    const stats = ledger.questions[q.id];
    for (const topic of stats?.topics ?? []) if (tallies.has(topic)) add(of(topic), stats);
  }
  return [...tallies.entries()].map(([topic, t]) => ({ topic, ...finish(t) })).sort((a, b) => a.topic.localeCompare(b.topic));
}

export function weakestTopics(topics: readonly TopicMastery[], ledger: PackLedger): WeakTopic[] {
  let answered = 0;
  let correct = 0;
  for (const stats of Object.values(ledger.questions)) {
    answered += stats.answered;
    correct += stats.correct;
  }
  const overall = answered ? correct / answered : 0.5;
  return topics
    .filter((t) => t.answered >= WEAK_TOPIC_MIN_ANSWERS && t.questionsSeen >= WEAK_TOPIC_MIN_QUESTIONS)
    .map((t) => ({
      topic: t.topic,
      answered: t.answered,
      correct: t.correct,
      percent: t.percent!,
      score: Math.round((1000 * (t.correct + WEAK_TOPIC_PRIOR * overall)) / (t.answered + WEAK_TOPIC_PRIOR)) / 10,
    }))
    .sort((a, b) => a.score - b.score || b.answered - a.answered || a.topic.localeCompare(b.topic))
    .slice(0, WEAKEST_TOPICS);
}
