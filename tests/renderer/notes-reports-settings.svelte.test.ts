/** The Notes, Reports and Settings state with a fake Api: search, which note a link opens, edits, saves in order. */
import { describe, expect, it } from 'vitest';
import type { Api } from '../../src/shared/contract/client.ts';
import type { NoteSummary, QuestionReportView, Settings } from '../../src/shared/contract/index.ts';
import { matchNotes, NotesState, resolveNote } from '../../src/renderer/features/notes/notes-state.svelte.ts';
import { ReportsState } from '../../src/renderer/features/reports/reports-state.svelte.ts';
import { topicIndex } from '../../src/renderer/lib/note-topics.ts';
import { applyAppearance, SettingsState } from '../../src/renderer/lib/settings.svelte.ts';
import { SETTINGS_DEFAULTS } from '../../src/core/rules/settings-rules.ts';

const note = (id: string, title: string, topics: string[], questionCount = 10): NoteSummary => ({ id, title, topics, questionCount });
const NOTES = [
  note('dynamodb', 'Amazon DynamoDB — keys, indexes and streams', ['dynamodb', 'dynamodb-streams', 'dax']),
  note('dynamodb-capacity', 'DynamoDB capacity', ['dynamodb-capacity', 'dynamodb']),
  note('sqs', 'Amazon SQS — queues and DLQs', ['sqs', 'dlq']),
];

describe('notes', () => {
  it('are found by every word of the search, in the title or a topic', () => {
    expect(matchNotes(NOTES, '').map((n) => n.id)).toEqual(['dynamodb', 'dynamodb-capacity', 'sqs']);
    expect(matchNotes(NOTES, 'DLQ').map((n) => n.id)).toEqual(['sqs']);
    expect(matchNotes(NOTES, 'dynamodb streams').map((n) => n.id)).toEqual(['dynamodb']);
    expect(matchNotes(NOTES, 'capacity dynamo').map((n) => n.id)).toEqual(['dynamodb-capacity']);
    expect(matchNotes(NOTES, 'kinesis')).toEqual([]);
  });

  it('link a topic to the note whose main topic it is, else the first that names it', () => {
    const index = topicIndex(NOTES);
    expect(index.get('dynamodb')).toBe('dynamodb');
    expect(index.get('dynamodb-capacity')).toBe('dynamodb-capacity');
    expect(index.get('dlq')).toBe('sqs');
    expect(index.has('kinesis')).toBe(false);
  });

  it('open from the address: the named pack first, then any other', () => {
    const packs = [
      { packId: 'mine', packTitle: 'Mine', notes: [note('sqs', 'My SQS', ['sqs'])] },
      { packId: 'dva-c02', packTitle: 'DVA', notes: NOTES },
    ];
    expect(resolveNote(packs, { topic: 'sqs' })).toEqual({ packId: 'mine', noteId: 'sqs' });
    expect(resolveNote(packs, { pack: 'dva-c02', topic: 'sqs' })).toEqual({ packId: 'dva-c02', noteId: 'sqs' });
    expect(resolveNote(packs, { note: 'dynamodb-capacity' })).toEqual({ packId: 'dva-c02', noteId: 'dynamodb-capacity' });
    expect(resolveNote(packs, { topic: 'nothing' })).toBeUndefined();
  });

  it('load every pack that has notes, open one by topic, and say when none teaches a topic', async () => {
    const api = {
      listPacks: async () => ({
        packs: [
          { id: 'dva-c02', title: 'DVA' },
          { id: 'empty', title: 'Empty' },
        ],
        problems: [],
      }),
      listNotes: async ({ packId }: { packId: string }) => ({ notes: packId === 'dva-c02' ? NOTES : [] }),
      getNote: async ({ noteId }: { noteId: string }) => ({ note: { ...NOTES.find((n) => n.id === noteId)!, markdown: `# ${noteId}` } }),
    } as unknown as Api;
    const state = new NotesState(api);
    await state.load();
    expect(state.packs.map((p) => p.packId)).toEqual(['dva-c02']);
    await state.open({ topic: 'dlq' });
    expect(state.note).toMatchObject({ id: 'sqs', packId: 'dva-c02', markdown: '# sqs' });
    await state.open({ topic: 'kinesis' });
    expect(state.note).toBeUndefined();
    expect(state.noteError).toBe('No note teaches the topic "kinesis" yet.');
    await state.open({});
    expect(state.noteError).toBe('');
  });
});

describe('the reports screen state', () => {
  const report = (id: string, note: string): QuestionReportView => ({
    id,
    packId: 'p',
    questionId: `q-${id}`,
    kind: 'wrong-key',
    note,
    createdAt: 1,
  });

  it('keeps the list in step with edits and deletions, and keeps it when a call fails', async () => {
    let fail = false;
    const api = {
      listReports: async () => ({
        reports: [report('a', 'one'), report('b', 'two')],
        questions: [{ packId: 'p', questionId: 'q-a', packTitle: 'P', stemExcerpt: 'Which?', available: true }],
      }),
      updateReport: async ({ reportId, note, kind }: { reportId: string; note: string; kind: 'unclear' }) => {
        if (fail) throw new Error('disk full');
        return { report: { ...report(reportId, note), kind, updatedAt: 2 } };
      },
      deleteReport: async () => {
        if (fail) throw new Error('disk full');
        return { deleted: true };
      },
    } as unknown as Api;
    const state = new ReportsState(api);
    await state.load();
    expect(state.questionOf(state.reports[0]!)?.stemExcerpt).toBe('Which?');
    expect(state.questionOf(state.reports[1]!)).toBeUndefined();
    expect(await state.update('a', 'unclear', 'edited')).toBe(true);
    expect(state.reports[0]).toMatchObject({ id: 'a', note: 'edited', kind: 'unclear', updatedAt: 2 });
    expect(await state.remove('b')).toBe(true);
    expect(state.reports.map((r) => r.id)).toEqual(['a']);
    fail = true;
    expect(await state.remove('a')).toBe(false);
    expect(state.action.error).toBe('disk full');
    expect(state.reports.map((r) => r.id)).toEqual(['a']);
  });
});

describe('settings in the renderer', () => {
  it('set the theme and the text size on the root element ("system" and "medium" leave them out)', () => {
    const root = { dataset: {} as Record<string, string> } as unknown as HTMLElement;
    applyAppearance({ theme: 'dark', textSize: 'large' }, root);
    expect({ ...root.dataset }).toEqual({ theme: 'dark', textSize: 'large' });
    applyAppearance({ theme: 'system', textSize: 'medium' }, root);
    expect({ ...root.dataset }).toEqual({});
  });

  it('send saves one after another and end with the last answer', async () => {
    let saved: Settings = { ...SETTINGS_DEFAULTS };
    const calls: string[] = [];
    const api = {
      getSettings: async () => ({ settings: saved }),
      saveSettings: async ({ settings }: { settings: Partial<Settings> }) => {
        calls.push(JSON.stringify(settings));
        await new Promise((resolve) => setTimeout(resolve, calls.length === 1 ? 20 : 0));
        saved = { ...saved, ...settings };
        return { settings: saved };
      },
    } as unknown as Api;
    const state = new SettingsState();
    await state.load(api);
    expect(state.loaded).toBe(true);
    await Promise.all([state.save(api, { theme: 'light' }), state.save(api, { theme: 'dark' })]);
    expect(calls).toEqual(['{"theme":"light"}', '{"theme":"dark"}']);
    expect(state.value.theme).toBe('dark');
    expect(state.practiceReveal).toBe('on-check');
  });
});
