/** Everything the Progress screen shows for one pack, computed from the ledger's summary alone. */
import { z } from 'zod';
import type { Pack } from '../pack/model.ts';
import { estimateReadiness, readinessSchema } from '../readiness/model.ts';
import { emptyPackLedger, type PackLedger } from './aggregates.ts';
import {
  masteryByTask,
  masteryByTopic,
  taskMasterySchema,
  topicMasterySchema,
  weakestTopics,
  WEAKEST_TOPICS_RULE,
  weakTopicSchema,
} from './mastery.ts';
import { timePerQuestion, timingSchema } from './timing.ts';
import { domainTrends, domainTrendsSchema } from './trends.ts';

export const progressViewSchema = z.object({
  packId: z.string(),
  generatedAt: z.number(),
  /** Submitted attempts of every kind, mock exams among them, and answers given. */
  counts: z.object({ attempts: z.number().int(), mockExams: z.number().int(), answers: z.number().int() }),
  readiness: readinessSchema,
  tasks: z.array(taskMasterySchema),
  topics: z.array(topicMasterySchema),
  weakestTopics: z.array(weakTopicSchema),
  weakestTopicsRule: z.string(),
  domainTrends: domainTrendsSchema,
  timing: timingSchema,
});
export type ProgressView = z.infer<typeof progressViewSchema>;

export function progressView(pack: Pack, ledger: PackLedger | undefined, now: number): ProgressView {
  const data = ledger ?? emptyPackLedger();
  const topics = masteryByTopic(pack, data);
  const exam = { questionCount: pack.exam.questionCount, passingScaledScore: pack.exam.passingScaledScore, domains: pack.domains };
  const answers = data.recent.map(([, domain, correct, at, prior]) => ({ domain, correct: correct === 1, at, prior }));
  return {
    packId: pack.id,
    generatedAt: now,
    counts: { attempts: data.attempts, mockExams: data.mockCount, answers: data.answers },
    readiness: estimateReadiness(answers, exam, now),
    tasks: masteryByTask(pack, data),
    topics,
    weakestTopics: weakestTopics(topics, data),
    weakestTopicsRule: WEAKEST_TOPICS_RULE,
    domainTrends: domainTrends(pack, data),
    timing: timePerQuestion(pack, data),
  };
}
