/** The exam screen's state against a fake Api: shown at once, saved in order, honest on failure. */
import { describe, expect, it } from 'vitest';
import { ExamSession } from '../../src/renderer/features/exam/exam-session.svelte.ts';
import type { Ticker } from '../../src/renderer/features/exam/exam-clock.svelte.ts';
import { fakeApi } from './fake-api.ts';

function manualTicker() {
  let now = 0;
  let tick: (() => void) | undefined;
  const ticker: Ticker = { now: () => now, every: (_ms, fn) => ((tick = fn), () => (tick = undefined)) };
  return { ticker, advance: (ms: number) => ((now += ms), tick?.()) };
}

async function open() {
  const fake = fakeApi();
  const time = manualTicker();
  let ended = 0;
  const session = new ExamSession(fake.api, 'fake', () => ended++, time.ticker);
  await session.load();
  return { fake, time, session, ended: () => ended };
}

describe('the exam session', () => {
  it('shows an answer at once and saves every change in the order it was made', async () => {
    const { fake, session } = await open();
    fake.hold();
    const first = session.current!;
    session.choose(first.options[2]!.id);
    session.toggleFlag();
    session.next();
    expect(session.sheet.chosen(first.questionId)).toEqual([first.options[2]!.id]);
    expect(session.sheet.isFlagged(first.questionId)).toBe(true);
    expect(session.currentIndex).toBe(1);
    expect(session.queue.saveState).toBe('saving');
    fake.release();
    await session.flushed();
    expect(session.queue.saveState).toBe('saved');
    expect(fake.acts.map((a) => (a as { type: string }).type)).toEqual(['answer', 'flag', 'navigate']);
    expect(fake.attempt().answers[first.questionId]).toEqual([first.options[2]!.id]);
    expect(fake.attempt().flagged).toEqual([first.questionId]);
  });

  it('sends a change after the input that made it, so the screen is updated first', async () => {
    const { fake, session } = await open();
    const before = fake.acts.length;
    session.choose(session.current!.options[0]!.id);
    session.next();
    expect(session.currentIndex).toBe(1);
    expect(fake.acts.length).toBe(before);
    expect(session.queue.isPending).toBe(true);
    await session.flushed();
    expect(fake.acts.slice(before).map((a) => (a as { type: string }).type)).toEqual(['answer', 'navigate']);
  });

  it('orders the other questions by how soon N and P reach them', async () => {
    const { session } = await open();
    session.goTo(3);
    const order = session.questionsByNearness().map((q) => session.view!.questions.indexOf(q));
    expect(order.slice(0, 6)).toEqual([4, 2, 5, 6, 1, 7]);
    expect(order).toHaveLength(session.total - 1);
    expect(new Set(order).size).toBe(session.total - 1);
  });

  it('keeps the questions it shows when a save comes back, so the question is not drawn again', async () => {
    const { session } = await open();
    const shown = session.current!;
    session.choose(shown.options[1]!.id);
    await session.flushed();
    expect(session.view!.answers[shown.questionId]).toEqual([shown.options[1]!.id]);
    expect(session.current).toBe(shown);
  });

  it('applies the same rules as the reducer: a struck-out list that empties is removed', async () => {
    const { fake, session } = await open();
    const option = session.current!.options[0]!.id;
    session.toggleEliminated(option);
    session.toggleEliminated(option);
    await session.flushed();
    expect(session.sheet.eliminated).toEqual({});
    expect(fake.attempt().eliminated).toEqual({});
  });

  it('refuses a selection beyond "Choose N" without sending anything', async () => {
    const { fake, session } = await open();
    const index = fake.attempt().items.findIndex((item) => item.choose === 2);
    session.goTo(index);
    const question = session.current!;
    for (const option of question.options.slice(0, 3)) session.choose(option.id);
    await session.flushed();
    expect(session.sheet.chosen(question.questionId)).toHaveLength(2);
    expect(fake.attempt().answers[question.questionId]).toHaveLength(2);
    const answers = fake.acts.filter((a) => (a as { type: string }).type === 'answer') as { optionIds: string[] }[];
    expect(answers.every((a) => a.optionIds.length <= 2)).toBe(true);
  });

  it('merges a burst of answers to one question while they wait, and keeps the order of the rest', async () => {
    const { fake, session } = await open();
    fake.hold();
    const question = session.current!;
    session.toggleFlag();
    for (const option of question.options) session.choose(option.id);
    session.next();
    session.next();
    fake.release();
    await session.flushed();
    const types = fake.acts.map((a) => (a as { type: string }).type);
    expect(types).toEqual(['flag', 'answer', 'navigate']);
    expect(fake.attempt().answers[question.questionId]).toEqual([question.options[question.options.length - 1]!.id]);
    expect(fake.attempt().currentIndex).toBe(2);
  });

  it('drops what waited behind a save refused as stale, and shows what the other window saved', async () => {
    const { fake, session } = await open();
    const question = session.current!;
    fake.changeElsewhere({ type: 'answer', questionId: question.questionId, optionIds: [question.options[3]!.id] });
    fake.hold();
    session.choose(question.options[0]!.id);
    session.toggleFlag();
    fake.release();
    await session.flushed();
    expect(fake.attempt().answers[question.questionId]).toEqual([question.options[3]!.id]);
    expect(fake.attempt().flagged).toEqual([]);
    expect(session.sheet.chosen(question.questionId)).toEqual([question.options[3]!.id]);
    expect(session.queue.saveState).toBe('error');
    expect(session.queue.saveError).toMatch(/changed in another window or tab/);
  });

  it('keeps saying the attempt changed elsewhere after the next save, until dismissed or the question changes', async () => {
    const { fake, session } = await open();
    const question = session.current!;
    fake.changeElsewhere({ type: 'answer', questionId: question.questionId, optionIds: [question.options[3]!.id] });
    session.choose(question.options[0]!.id);
    await session.flushed();
    expect(session.changedElsewhere).toBe(true);
    session.toggleFlag(); // a later change is saved, and the user is still told why the answer moved
    await session.flushed();
    expect(session.queue.saveState).toBe('saved');
    expect(session.changedElsewhere).toBe(true);
    session.dismissChangedElsewhere();
    expect(session.changedElsewhere).toBe(false);
    fake.changeElsewhere({ type: 'flag', questionId: question.questionId, flagged: true });
    session.choose(question.options[1]!.id);
    await session.flushed();
    expect(session.changedElsewhere).toBe(true);
    session.next();
    expect(session.changedElsewhere).toBe(false);
  });

  it('says a save failed and shows what is really stored', async () => {
    const { fake, session } = await open();
    const question = session.current!;
    fake.failNext('disk full');
    session.choose(question.options[1]!.id);
    await session.flushed();
    expect(session.queue.saveState).toBe('error');
    expect(session.queue.saveError).toBe('disk full');
    expect(session.sheet.chosen(question.questionId)).toEqual([]);
  });

  it('asks for the expiry at zero and ends when the attempt is submitted', async () => {
    const { fake, time, session, ended } = await open();
    fake.clock.now = fake.attempt().deadline;
    time.advance(fake.attempt().durationMs);
    await session.flushed();
    expect(fake.acts).toContainEqual({ type: 'expire' });
    expect(fake.attempt().status).toBe('submitted');
    expect(session.ended).toBe(true);
    expect(ended()).toBe(1);
  });
});
