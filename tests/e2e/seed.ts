/** Attempts made through the API, as the app's screens would, to reach a history quickly in a test. */
import type { ProctorServer } from './fixtures.ts';

export async function call<T = unknown>(server: ProctorServer, channel: string, request: unknown): Promise<T> {
  const response = await fetch(`${server.origin}/api/${channel}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const envelope = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error?.message}`);
  return envelope.value as T;
}

export async function firstPackId(server: ProctorServer): Promise<string> {
  return (await call<{ packs: { id: string }[] }>(server, 'listPacks', {})).packs[0]!.id;
}

interface Question {
  questionId: string;
  choose: number;
  options: { id: string }[];
}

/**
 * Starts an attempt and answers it: `pick` gives a question's option ids (undefined leaves it
 * unanswered); by default the first options, as many as it asks for. Returns the attempt id.
 */
export async function takeAttempt(
  server: ProctorServer,
  packId: string,
  start: Record<string, unknown>,
  pick: (q: Question) => string[] | undefined = (q) => q.options.slice(0, q.choose).map((o) => o.id),
): Promise<string> {
  const view = await call<{ summary: { id: string }; questions: Question[] }>(server, 'startAttempt', { packId, start });
  const attemptId = view.summary.id;
  for (const [index, q] of view.questions.entries()) {
    await call(server, 'act', { attemptId, action: { type: 'navigate', index } });
    const optionIds = pick(q);
    if (optionIds) await call(server, 'act', { attemptId, action: { type: 'answer', questionId: q.questionId, optionIds } });
  }
  await call(server, 'act', { attemptId, action: { type: 'submit' } });
  return attemptId;
}

/** The key of every question of a finished attempt (from its review). */
export async function keysOf(server: ProctorServer, attemptId: string): Promise<Map<string, string[]>> {
  const review = await call<{ items: { questionId: string; options: { id: string; correct: boolean }[] }[] }>(server, 'getAttemptReview', {
    attemptId,
  });
  return new Map(review.items.map((i) => [i.questionId, i.options.filter((o) => o.correct).map((o) => o.id)]));
}
