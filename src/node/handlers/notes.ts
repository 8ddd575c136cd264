import { listNoteSummaries, noteView } from '../../core/index.ts';
import type { HandlerDeps, HandlerTable } from './deps.ts';

export function noteHandlers({ packs }: HandlerDeps): HandlerTable<'listNotes' | 'getNote'> {
  return {
    listNotes: async ({ packId }) => ({ notes: listNoteSummaries(packs.get(packId)) }),
    getNote: async ({ packId, noteId }) => ({ note: noteView(packs.get(packId), noteId) }),
  };
}
