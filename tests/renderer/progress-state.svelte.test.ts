/** The Progress screen's state against a fake Api that answers with the core's own progress view. */
import { describe, expect, it } from 'vitest';
import {
  emptyLedgerSummary,
  foldAttempt,
  ledgerAttemptOf,
  progressView,
  reduceAttempt,
  startAttempt,
  type Pack,
} from '../../src/core/index.ts';
import type { Api } from '../../src/shared/contract/client.ts';
import { ProgressState } from '../../src/renderer/features/progress/progress-state.svelte.ts';
import { makePack } from '../fixtures/packs.ts';

const NOW = 1_800_000_000_000;
const base = makePack();
const pack: Pack = { ...base, questions: base.questions.map((q, i) => ({ ...q, topics: [`topic-${i % 4}`] })) };
const other: Pack = { ...pack, id: 'other-pack', title: 'Other pack' };

/** One full exam: topic-0 questions answered wrong, the rest right. */
function ledger() {
  let attempt = startAttempt(pack, { kind: 'full' }, { id: 'a1', seed: 1, now: NOW - 3600_000 });
  for (const item of attempt.items) {
    const q = pack.questions.find((x) => x.id === item.questionId)!;
    const wrong = item.optionIds.filter((o) => !item.correctOptionIds.includes(o)).slice(0, item.choose);
    const chosen = q.topics.includes('topic-0') ? wrong : item.correctOptionIds;
    attempt = reduceAttempt(attempt, { type: 'answer', questionId: item.questionId, optionIds: chosen }, NOW - 3600_000);
  }
  attempt = reduceAttempt(attempt, { type: 'submit' }, NOW - 3000_000);
  const draft = emptyLedgerSummary();
  foldAttempt(draft, ledgerAttemptOf(attempt, pack)!);
  return draft.packs[pack.id];
}

function fake(fail = false) {
  const asked: string[] = [];
  const data = ledger();
  let hold: Promise<void> | undefined;
  let release = () => {};
  const api = {
    listPacks: async () => ({ packs: [pack, other].map((p) => ({ id: p.id, title: p.title, domains: p.domains })), problems: [] }),
    getProgress: async ({ packId }: { packId: string }) => {
      asked.push(packId);
      // Only the call made right after holdNext() waits.
      const wait = hold;
      hold = undefined;
      if (wait) await wait;
      if (fail) throw new Error('the ledger could not be read');
      return progressView(packId === pack.id ? pack : other, packId === pack.id ? data : undefined, NOW);
    },
  } as unknown as Api;
  return {
    api,
    asked,
    holdNext: () => {
      hold = new Promise<void>((resolve) => (release = resolve));
    },
    release: () => release(),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the Progress state', () => {
  it('opens the first pack (or the one in the address) with its progress', async () => {
    const f = fake();
    const state = new ProgressState(f.api);
    expect(state.loading).toBe(true);
    await settle();
    expect(state.packId).toBe('test-pack');
    expect(state.progress?.counts).toMatchObject({ attempts: 1, mockExams: 1, answers: 65 });
    expect(state.progress?.readiness.status).toBe('not-enough-data');
    expect(state.loading).toBe(false);
    const chosen = new ProgressState(fake().api, 'other-pack');
    await settle();
    expect(chosen.packId).toBe('other-pack');
  });

  it('sorts topics weakest first, and by any header, reversing on a second press', async () => {
    const state = new ProgressState(fake().api);
    await settle();
    const answered = state.topics.filter((t) => t.answered > 0);
    expect(answered[0]!.topic).toBe('topic-0');
    expect(answered[0]!.percent).toBe(0);
    // Topics never answered come after every answered one.
    expect(state.topics.slice(answered.length).every((t) => t.percent === null)).toBe(true);
    state.sortBy('topic');
    expect(state.sort).toEqual({ key: 'topic', direction: 'ascending' });
    expect(state.topics.map((t) => t.topic)).toEqual(['topic-0', 'topic-1', 'topic-2', 'topic-3']);
    state.sortBy('topic');
    expect(state.topics.map((t) => t.topic)).toEqual(['topic-3', 'topic-2', 'topic-1', 'topic-0']);
    state.sortBy('percent');
    state.sortBy('percent');
    expect(state.sort.direction).toBe('descending');
    expect(state.topics[0]!.percent).toBe(100);
  });

  it('keeps the pack chosen last when an earlier answer arrives later', async () => {
    const f = fake();
    const state = new ProgressState(f.api);
    await settle();
    f.holdNext();
    const slow = state.selectPack('other-pack');
    await state.selectPack('test-pack');
    f.release();
    await slow;
    expect(f.asked).toEqual(['test-pack', 'other-pack', 'test-pack']);
    expect(state.progress?.packId).toBe('test-pack');
  });

  it('says what went wrong when the progress cannot be read', async () => {
    const state = new ProgressState(fake(true).api);
    await settle();
    expect(state.error).toBe('the ledger could not be read');
    expect(state.loading).toBe(false);
  });
});
