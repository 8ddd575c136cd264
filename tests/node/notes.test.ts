import { describe, expect, it } from 'vitest';
import { makeService } from '../fixtures/service.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

describe('notes channels', () => {
  it("list a pack's notes with the size of their practice drill, and give one note with its Markdown", async () => {
    const { service } = await makeService(await tempDir());
    const list = await service.dispatch('listNotes', { packId: 'test-pack' });
    expect(list).toEqual({
      ok: true,
      value: { notes: [{ id: 'testing', title: "Testing, the fixture's one topic", topics: ['test'], questionCount: 100 }] },
    });
    const note = await service.dispatch('getNote', { packId: 'test-pack', noteId: 'testing' });
    expect(note.ok && (note.value as { note: { markdown: string } }).note.markdown).toMatch(/^### What the exam tests\n- Everything/);
  });

  it('answer not-found for an unknown pack or note, and invalid-request for a malformed one', async () => {
    const { service } = await makeService(await tempDir());
    expect(await service.dispatch('getNote', { packId: 'test-pack', noteId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await service.dispatch('listNotes', { packId: 'no-pack' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await service.dispatch('getNote', { packId: 'test-pack', noteId: '../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });
});
