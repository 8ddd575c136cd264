/** The custom drill builder against a fake Api: the route query, the live count (latest wins), refusal at zero, the start. */
import { describe, expect, it } from 'vitest';
import { drillCandidates, NO_HISTORY, summarizePack, type StartRequest } from '../../src/core/index.ts';
import type { Api } from '../../src/shared/contract/client.ts';
import type { ListedPack } from '../../src/shared/contract/index.ts';
import { DrillBuilder } from '../../src/renderer/features/drill/drill-builder.svelte.ts';
import { formFromQuery, queryOf, startRequestOf } from '../../src/renderer/features/drill/drill-query.ts';
import { defaultForm } from '../../src/renderer/features/drill/drill-builder.svelte.ts';
import { practiceDefaults } from '../../src/renderer/lib/practice-defaults.ts';
import { makePack } from '../fixtures/packs.ts';

const pack = makePack();
const listed: ListedPack = { ...summarizePack(pack), imported: false };

function fake() {
  const started: StartRequest[] = [];
  const pending: (() => void)[] = [];
  let holding = false;
  const api = {
    countDrill: async ({ filter, source }: { filter: object; source: 'all' }) => {
      if (holding) await new Promise<void>((resolve) => pending.push(resolve));
      return { matching: drillCandidates(pack, filter, source, NO_HISTORY).length };
    },
    startAttempt: async ({ start }: { start: StartRequest }) => {
      started.push(start);
      return { summary: { id: 'new-attempt' } };
    },
  } as unknown as Api;
  return { api, started, hold: () => (holding = true), releaseFirst: () => pending.shift()?.() };
}

describe('the drill query', () => {
  it('reads a link, drops what is malformed, and writes the same form back', () => {
    const defaults = defaultForm('test-pack');
    const form = formFromQuery(
      { topics: 'lambda,Bad Topic,sqs', tasks: '1.1,x', domains: '2,12', source: 'missed', feedback: 'practice', count: '10' },
      defaults,
    );
    expect(form).toMatchObject({ topics: ['lambda', 'sqs'], tasks: ['1.1'], domains: [2], source: 'missed', count: 10 });
    expect(formFromQuery({ source: 'nonsense', count: '9999', timing: 'fixed', minutes: '0' }, defaults)).toMatchObject({
      source: 'all',
      count: 20,
      timing: 'fixed',
      minutes: 30,
    });
    expect(formFromQuery(queryOf(form), defaults)).toEqual(form);
    expect(defaults.reveal).toBe(practiceDefaults().reveal);
  });

  it('builds the start request the core expects', () => {
    const form = { ...defaultForm('p'), tasks: ['3.2'], timing: 'fixed' as const, minutes: 12, feedback: 'exam' as const };
    expect(startRequestOf(form, 5)).toEqual({
      kind: 'custom',
      filter: { tasks: ['3.2'] },
      source: 'all',
      count: 5,
      timing: { mode: 'fixed', minutes: 12 },
      feedback: 'exam',
    });
  });
});

describe('the drill builder', () => {
  it('counts what matches, takes at most that many, and starts', async () => {
    const { api, started } = fake();
    const builder = new DrillBuilder(api, [listed], { domains: '4', count: '50', feedback: 'practice', reveal: 'at-once' });
    await builder.recount();
    expect(builder.matching).toBe(30);
    expect(builder.takes).toBe(30);
    expect(builder.refusal).toBe('');
    expect(await builder.start()).toBe('new-attempt');
    expect(started[0]).toMatchObject({ kind: 'custom', filter: { domains: [4] }, count: 30, feedback: 'practice', reveal: 'at-once' });
  });

  it('refuses to start with no question matching, with a message', async () => {
    const { api, started } = fake();
    const builder = new DrillBuilder(api, [listed], { tasks: '1.1', domains: '2' });
    await builder.recount();
    expect(builder.matching).toBe(0);
    expect(builder.refusal).toContain('No question matches');
    expect(await builder.start()).toBeUndefined();
    expect(started).toEqual([]);
  });

  it('keeps the answer to the latest count when an older one arrives late', async () => {
    const { api, hold, releaseFirst } = fake();
    const builder = new DrillBuilder(api, [listed], {});
    hold();
    const first = builder.recount();
    builder.toggle('domains', 3);
    const second = builder.recount();
    releaseFirst();
    await first;
    expect(builder.matching).toBeUndefined();
    releaseFirst();
    await second;
    expect(builder.matching).toBe(40);
  });

  it('fills a preset in one go and toggles several values of each kind', () => {
    const builder = new DrillBuilder(fake().api, [listed], { topics: 'test' });
    builder.toggle('tasks', '1.1');
    builder.toggle('tasks', '2.1');
    builder.toggle('tasks', '1.1');
    expect(builder.form.tasks).toEqual(['2.1']);
    builder.apply({ source: 'missed', feedback: 'practice' });
    expect(builder.form).toMatchObject({ packId: 'test-pack', source: 'missed', topics: [], tasks: [], count: 20 });
    expect(listed.tasks.map((t) => t.id)).toEqual(['1.1', '2.1', '3.1', '4.1']);
    expect(listed.topics).toEqual([{ topic: 'test', questionCount: 160 }]);
  });
});

describe('the drill defaults', () => {
  it('follow the settings: length, timing and when practice shows the answer', async () => {
    const { settings } = await import('../../src/renderer/lib/settings.svelte.ts');
    const { SETTINGS_DEFAULTS } = await import('../../src/core/rules/settings-rules.ts');
    const chosen = { ...SETTINGS_DEFAULTS, drillCount: 35, drillTiming: 'exam-pace' as const, practiceReveal: 'at-once' as const };
    await settings.load({ getSettings: async () => ({ settings: chosen }) } as unknown as Api);
    expect(practiceDefaults()).toEqual({ reveal: 'at-once', count: 35, timing: 'exam-pace' });
    expect(defaultForm('test-pack')).toMatchObject({ count: 35, timing: 'exam-pace', reveal: 'at-once' });
    await settings.load({ getSettings: async () => ({ settings: SETTINGS_DEFAULTS }) } as unknown as Api);
  });
});
