/** A new attempt from a pack and a start request: which questions, in what order, for how long. */
import type { Pack, Question } from '../pack/model.ts';
import { optionOrder, selectDrill, selectFixed, selectWeighted } from '../selection/selection.ts';
import type { Attempt, StartRequest } from './schema.ts';

export interface StartContext {
  id: string;
  seed: number;
  now: number;
}

export function startAttempt(pack: Pack, request: StartRequest, context: StartContext): Attempt {
  const { id, seed, now } = context;
  let questions: Question[];
  let title: string;
  let durationMs: number;
  const fullDurationMs = pack.exam.durationMinutes * 60_000;
  if (request.kind === 'full') {
    const count = request.questionCount ?? pack.exam.questionCount;
    questions = selectWeighted(pack, seed, count);
    const custom = request.questionCount !== undefined || request.durationMinutes !== undefined;
    title = custom ? `Exam of ${count} questions (random)` : 'Full-length exam (random)';
    durationMs =
      request.durationMinutes !== undefined
        ? request.durationMinutes * 60_000
        : Math.round((fullDurationMs / pack.exam.questionCount) * count);
  } else if (request.kind === 'fixed') {
    questions = selectFixed(pack, request.fixedExamId, seed);
    title = pack.fixedExams.find((e) => e.id === request.fixedExamId)!.title;
    durationMs = fullDurationMs;
  } else {
    questions = selectDrill(pack, seed, request, request.count);
    const domains = (request.domains ?? []).map((d) => `D${d}`).join(', ') || 'all domains';
    title = request.questionIds ? 'Retake of chosen questions' : `Domain drill (${domains})`;
    // Same pace as the real exam: two minutes a question, at least ten minutes.
    durationMs = Math.max(10 * 60_000, Math.round((fullDurationMs / pack.exam.questionCount) * questions.length));
  }
  return {
    id,
    packId: pack.id,
    packTitle: pack.title,
    kind: request.kind,
    ...(request.kind === 'fixed' ? { fixedExamId: request.fixedExamId } : {}),
    title,
    seed,
    items: questions.map((q) => ({
      questionId: q.id,
      domain: q.domain,
      task: q.task,
      optionIds: optionOrder(q, seed),
      correctOptionIds: q.options.filter((o) => o.correct).map((o) => o.id),
      choose: q.choose,
    })),
    answers: {},
    flagged: [],
    currentIndex: 0,
    startedAt: now,
    durationMs,
    deadline: now + durationMs,
    passingScaledScore: pack.exam.passingScaledScore,
    status: 'in-progress',
    revision: 0,
  };
}
