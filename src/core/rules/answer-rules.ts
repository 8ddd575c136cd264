/**
 * The answer, flag and strike-out rules. The attempt reducer applies them to the stored attempt;
 * the renderer applies the same functions to show a change at once, before the save returns.
 * This folder imports nothing at run time, so the renderer can use it without zod or yaml.
 */

export type Choices = Readonly<Record<string, readonly string[]>>;

/** Why a chosen set of options is not a valid answer, or undefined when it is. */
export function answerProblem(
  questionId: string,
  optionIds: readonly string[],
  allowed: readonly string[],
  choose: number,
): string | undefined {
  if (new Set(optionIds).size !== optionIds.length) return 'an option was chosen twice';
  const unknown = optionIds.find((id) => !allowed.includes(id));
  if (unknown !== undefined) return `question ${questionId} has no option "${unknown}"`;
  if (optionIds.length > choose) return `question ${questionId} takes ${choose} answer(s), got ${optionIds.length}`;
  return undefined;
}

/**
 * The selection after clicking an option: it replaces the choice of a single-answer question and
 * toggles within a multiple-response one; undefined when the click is refused (already `choose`).
 */
export function toggledChoice(chosen: readonly string[], optionId: string, choose: number): string[] | undefined {
  if (choose === 1) return [optionId];
  if (chosen.includes(optionId)) return chosen.filter((id) => id !== optionId);
  if (chosen.length < choose) return [...chosen, optionId];
  return undefined;
}

/** An empty answer is no answer: the question is removed, so "answered" means something chosen. */
export function withAnswer(answers: Choices, questionId: string, optionIds: readonly string[]): Record<string, string[]> {
  const next = copy(answers);
  if (optionIds.length === 0) delete next[questionId];
  else next[questionId] = [...optionIds];
  return next;
}

export function withFlag(flagged: readonly string[], questionId: string, on: boolean): string[] {
  const others = flagged.filter((id) => id !== questionId);
  return on ? [...others, questionId] : others;
}

/** Strikes an option out or back in; a question with nothing struck is removed from the map. */
export function withStrikeOut(
  eliminated: Choices | undefined,
  questionId: string,
  optionId: string,
  on: boolean,
): Record<string, string[]> {
  const next = copy(eliminated ?? {});
  const current = (next[questionId] ?? []).filter((id) => id !== optionId);
  if (on) current.push(optionId);
  if (current.length === 0) delete next[questionId];
  else next[questionId] = current;
  return next;
}

/** Answered with fewer options than the question asks for: scored wrong, shown apart. */
export function isIncomplete(chosen: readonly string[] | undefined, choose: number): boolean {
  return chosen !== undefined && chosen.length > 0 && chosen.length < choose;
}

function copy(choices: Choices): Record<string, string[]> {
  return Object.fromEntries(Object.entries(choices).map(([id, list]) => [id, [...list]]));
}
