/**
 * How each kind of attempt is titled, timed and given feedback: one entry per kind, so a new
 * kind is a new entry, not another branch in every function that looks at kinds.
 */
import type { Pack, Question } from '../pack/model.ts';
import { SelectionError, selectDrill, selectFixed, selectWeighted } from '../selection/selection.ts';
import { selectCustom, type DrillHistory } from '../selection/drill.ts';
import { isAnswerCorrect } from '../rules/score-rules.ts';
import { REVIEW_SESSION_SIZE } from '../schedule/spaced-review.ts';
import type { Attempt, DrillFilter, Feedback, StartRequest, DrillTiming } from './schema.ts';

export interface StartHistory {
  drill: DrillHistory;
  /** The attempt a retake draws from. */
  fromAttempt?: Attempt;
}

export interface Plan {
  questions: Question[];
  title: string;
  timing: DrillTiming;
  feedback: Feedback;
}

const SOURCE_WORDS = {
  all: '',
  unseen: 'not seen before',
  missed: 'missed before',
  flagged: 'flagged before',
  due: 'due for review',
  weakest: 'weakest topics',
};

function describeFilter(filter: DrillFilter): string {
  const parts = [...(filter.domains ?? []).map((d) => `D${d}`), ...(filter.tasks ?? []).map((t) => `Task ${t}`), ...(filter.topics ?? [])];
  return parts.length > 0 ? parts.join(', ') : 'all questions';
}

type Planner<K extends StartRequest['kind']> = (
  pack: Pack,
  request: Extract<StartRequest, { kind: K }>,
  seed: number,
  history: StartHistory,
) => Plan;

const EXAM_PACE: DrillTiming = { mode: 'exam-pace' };

export const PLANNERS: { [K in StartRequest['kind']]: Planner<K> } = {
  full: (pack, request, seed) => {
    const count = request.questionCount ?? pack.exam.questionCount;
    const custom = request.questionCount !== undefined || request.durationMinutes !== undefined;
    return {
      questions: selectWeighted(pack, seed, count),
      title: custom ? `Exam of ${count} questions (random)` : 'Full-length exam (random)',
      timing: request.durationMinutes !== undefined ? { mode: 'fixed', minutes: request.durationMinutes } : EXAM_PACE,
      feedback: 'exam',
    };
  },
  fixed: (pack, request, seed) => ({
    questions: selectFixed(pack, request.fixedExamId, seed),
    title: pack.fixedExams.find((e) => e.id === request.fixedExamId)!.title,
    timing: { mode: 'fixed', minutes: pack.exam.durationMinutes },
    feedback: 'exam',
  }),
  drill: (pack, request, seed) => {
    const domains = (request.domains ?? []).map((d) => `D${d}`).join(', ') || 'all domains';
    const questions = selectDrill(pack, seed, request, request.count);
    const pace = durationOf(EXAM_PACE, pack, questions.length)!;
    return {
      questions,
      title: request.questionIds ? 'Drill of chosen questions' : `Domain drill (${domains})`,
      // As these drills always were: the exam's pace, at least ten minutes.
      timing: { mode: 'fixed', minutes: Math.max(10, Math.round(pace / 60_000)) },
      feedback: 'exam',
    };
  },
  custom: (pack, request, seed, history) => {
    const questions = selectCustom(pack, request.filter, request.source, history.drill, request.count, seed);
    const source = SOURCE_WORDS[request.source];
    const label = request.feedback === 'practice' ? 'Practice' : 'Drill';
    return {
      questions,
      title: `${label}: ${describeFilter(request.filter)}${source ? `, ${source}` : ''} (${questions.length} questions)`,
      timing: request.timing,
      feedback: request.feedback,
    };
  },
  retake: (pack, request, seed, history) => {
    const from = history.fromAttempt;
    if (!from || from.status !== 'submitted') throw new SelectionError('only a finished attempt can be retaken');
    const ids =
      request.which === 'flagged'
        ? from.flagged
        : from.items.filter((i) => !isAnswerCorrect(i.correctOptionIds, from.answers[i.questionId])).map((i) => i.questionId);
    const questionIds = ids.filter((id) => pack.questions.some((q) => q.id === id));
    if (questionIds.length === 0) throw new SelectionError(`that attempt has no ${request.which} questions left to retake`);
    const feedback = request.feedback ?? 'exam';
    return {
      questions: selectDrill(pack, seed, { questionIds }, questionIds.length),
      title: `Retake: the ${request.which} questions of ${from.title}`,
      timing: feedback === 'practice' ? { mode: 'none' } : EXAM_PACE,
      feedback,
    };
  },
  review: (pack, _request, seed, history) => {
    const due = history.drill.due.filter((id) => pack.questions.some((q) => q.id === id)).slice(0, REVIEW_SESSION_SIZE);
    if (due.length === 0) throw new SelectionError('no question is due for review now');
    return {
      questions: selectDrill(pack, seed, { questionIds: due }, due.length),
      title: `Spaced review (${due.length} due ${due.length === 1 ? 'question' : 'questions'})`,
      timing: { mode: 'none' },
      feedback: 'practice',
    };
  },
};

/** Milliseconds a timing gives `count` questions of this pack; undefined when untimed. */
export function durationOf(timing: DrillTiming, pack: Pack, count: number): number | undefined {
  if (timing.mode === 'none') return undefined;
  if (timing.mode === 'fixed') return timing.minutes * 60_000;
  return Math.round(((pack.exam.durationMinutes * 60_000) / pack.exam.questionCount) * count);
}
