/** Practice on the exam's session against a fake Api: check, reveal, lock, go on; at once; pause; the scratch pad. */
import { describe, expect, it } from 'vitest';
import type { StartRequest } from '../../src/core/index.ts';
import type { Ticker } from '../../src/renderer/features/exam/exam-clock.svelte.ts';
import { ExamSession } from '../../src/renderer/features/exam/exam-session.svelte.ts';
import { PracticeFlow } from '../../src/renderer/features/practice/practice-flow.svelte.ts';
import { makePack } from '../fixtures/packs.ts';
import { fakeApi } from './fake-api.ts';

const practice = (over: Partial<Extract<StartRequest, { kind: 'custom' }>> = {}): StartRequest => ({
  kind: 'custom',
  filter: { domains: [1] },
  source: 'all',
  count: 3,
  timing: { mode: 'none' },
  feedback: 'practice',
  ...over,
});

function manualTicker() {
  let now = 0;
  let tick: (() => void) | undefined;
  const ticker: Ticker = { now: () => now, every: (_ms, fn) => ((tick = fn), () => (tick = undefined)) };
  return { ticker, advance: (ms: number) => ((now += ms), tick?.()) };
}

async function open(request: StartRequest = practice()) {
  const fake = fakeApi(makePack(), 1_800_000_000_000, request);
  const time = manualTicker();
  const session = new ExamSession(fake.api, 'fake', () => {}, time.ticker);
  await session.load();
  return { fake, time, session, flow: new PracticeFlow(session) };
}

const keyOf = (fake: Awaited<ReturnType<typeof open>>['fake'], index: number) => fake.attempt().items[index]!.correctOptionIds;

describe('practice', () => {
  it('checks, reveals the key and explanations, locks the answer, then goes on', async () => {
    const { fake, session, flow } = await open();
    expect(flow.step).toBe('show');
    const key = keyOf(fake, 0);
    for (const id of key) flow.choose(id);
    expect(flow.step).toBe('check');
    expect(flow.advance()).toBe('check');
    expect(flow.step).toBe('checking');
    await session.flushed();
    expect(flow.step).toBe('next');
    expect(flow.reveal).toMatchObject({ correct: true, keyIds: key });
    expect(flow.options.filter((o) => o.correct).map((o) => o.id)).toEqual(
      session.current!.options.filter((o) => key.includes(o.id)).map((o) => o.id),
    );
    expect(flow.options.every((o) => o.explanation.startsWith('Why'))).toBe(true);
    expect(flow.score).toEqual({ checked: 1, correct: 1 });
    // Locked: a further choice is not even sent.
    const other = session.current!.options.find((o) => !key.includes(o.id))!.id;
    const sent = fake.acts.length;
    flow.choose(other);
    session.choose(other);
    await session.flushed();
    expect(fake.acts.length).toBe(sent);
    expect(session.sheet.chosen(session.current!.questionId)).toEqual(key);
    expect(flow.advance()).toBe('next');
    expect(session.currentIndex).toBe(1);
    expect(flow.step).toBe('show');
  });

  it('says "finish" on the last checked question, and keeps checks after a reload', async () => {
    const { fake, session, flow } = await open(practice({ count: 2 }));
    session.goTo(1);
    flow.advance();
    await session.flushed();
    expect(flow.step).toBe('finish');
    expect(flow.advance()).toBe('finish');
    expect(fake.attempt().checked).toEqual([fake.attempt().items[1]!.questionId]);
    const again = new ExamSession(fake.api, 'fake', () => {}, manualTicker().ticker);
    await again.load();
    expect(new PracticeFlow(again).step).toBe('finish');
    expect(again.view!.reveals![fake.attempt().items[1]!.questionId]!.correct).toBe(false);
  });

  it('with reveal at once, checks as soon as the answer is complete', async () => {
    const { fake, session, flow } = await open(practice({ reveal: 'at-once', count: 10 }));
    const multiple = fake.attempt().items.findIndex((i) => i.choose === 2);
    session.goTo(multiple);
    const options = session.current!.options;
    flow.choose(options[0]!.id);
    await session.flushed();
    expect(flow.checked).toBe(false);
    flow.choose(options[1]!.id);
    await session.flushed();
    expect(flow.checked).toBe(true);
    expect(fake.acts.map((a) => (a as { type: string }).type).slice(-3)).toEqual(['answer', 'answer', 'check']);
  });

  it('pauses at once and on the server; the clock stands still until resumed', async () => {
    const { fake, session, time } = await open(practice({ timing: { mode: 'fixed', minutes: 10 } }));
    session.clock.start();
    fake.clock.now += 60_000;
    time.advance(60_000);
    const left = session.clock.remainingMs;
    session.setPaused(true);
    expect(session.paused).toBe(true);
    await session.flushed();
    expect(fake.attempt().pausedAt).toBeDefined();
    fake.clock.now += 5 * 60_000;
    time.advance(5 * 60_000);
    expect(session.clock.remainingMs).toBe(left);
    session.setPaused(false);
    await session.flushed();
    expect(fake.attempt().pausedAt).toBeUndefined();
    expect(session.paused).toBe(false);
    // The server moved the deadline with the pause: the same time is left.
    expect(session.clock.remainingMs).toBe(left);
  });

  it('an exam cannot be paused or checked', async () => {
    const { fake, session } = await open({ kind: 'full' });
    session.setPaused(true);
    session.check();
    await session.flushed();
    expect(session.paused).toBe(false);
    expect(fake.acts).toEqual([]);
  });
});

describe('the scratch pad', () => {
  it('saves in any attempt, merges typing that waits behind a save, and comes back on load', async () => {
    const { fake, session } = await open({ kind: 'full' });
    fake.hold();
    session.setScratch('a');
    // The first save is under way (sending starts in a task of its own); the rest wait behind it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const text of ['ab', 'abc', 'abcd']) session.setScratch(text);
    fake.release();
    await session.flushed();
    expect(fake.acts).toEqual([
      { type: 'scratch', text: 'a' },
      { type: 'scratch', text: 'abcd' },
    ]);
    expect(fake.attempt().scratch).toBe('abcd');
    expect(session.sheet.scratch).toBe('abcd');
    const again = new ExamSession(fake.api, 'fake', () => {}, manualTicker().ticker);
    await again.load();
    expect(again.sheet.scratch).toBe('abcd');
  });
});
