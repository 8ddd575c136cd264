/**
 * The Notes screen's state: every pack's notes (one list, searchable by title and topic), the
 * note the address names (`?note=<id>`, or `?topic=<topic>` for the note teaching it; `pack=`
 * picks the pack when several have notes), and that note's Markdown.
 */
import type { NoteSummary, NoteView } from '../../../shared/contract/index.ts';
import type { Api } from '../../../shared/contract/client.ts';
import { errorMessage } from '../../lib/format.ts';
import { topicIndex } from '../../lib/note-topics.ts';

export interface PackNotes {
  packId: string;
  packTitle: string;
  notes: NoteSummary[];
}

export interface NoteQuery {
  pack?: string;
  note?: string;
  topic?: string;
}

/** Notes whose title or a topic holds every word of the search ("dynamo stream" finds DynamoDB Streams). */
export function matchNotes(notes: readonly NoteSummary[], search: string): NoteSummary[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...notes];
  return notes.filter((note) => {
    const text = `${note.title} ${note.topics.join(' ')} ${note.topics.join(' ').replace(/-/g, ' ')}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

/** Which pack and note the address names: the given pack first, then every other pack in order. */
export function resolveNote(packs: readonly PackNotes[], query: NoteQuery): { packId: string; noteId: string } | undefined {
  const ordered = [...packs].sort((a, b) => Number(b.packId === query.pack) - Number(a.packId === query.pack));
  for (const pack of ordered) {
    const noteId = query.note
      ? pack.notes.find((n) => n.id === query.note)?.id
      : query.topic
        ? topicIndex(pack.notes).get(query.topic)
        : undefined;
    if (noteId) return { packId: pack.packId, noteId };
  }
  return undefined;
}

export class NotesState {
  packs = $state.raw<PackNotes[]>([]);
  loading = $state(true);
  error = $state('');
  note = $state.raw<(NoteView & { packId: string }) | undefined>();
  noteError = $state('');

  constructor(private readonly api: Api) {}

  async load(): Promise<void> {
    this.loading = true;
    try {
      const { packs } = await this.api.listPacks({});
      const lists = await Promise.all(
        packs.map(async (p) => ({ packId: p.id, packTitle: p.title, notes: (await this.api.listNotes({ packId: p.id })).notes })),
      );
      this.packs = lists.filter((p) => p.notes.length > 0);
      this.error = '';
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.loading = false;
    }
  }

  /** Opens the note the address names, or none; a name that matches no note is said so. */
  async open(query: NoteQuery): Promise<void> {
    this.noteError = '';
    if (!query.note && !query.topic) {
      this.note = undefined;
      return;
    }
    const found = resolveNote(this.packs, query);
    if (!found) {
      this.note = undefined;
      this.noteError = query.note ? `There is no note "${query.note}".` : `No note teaches the topic "${query.topic}" yet.`;
      return;
    }
    if (this.note?.id === found.noteId && this.note.packId === found.packId) return;
    try {
      const { note } = await this.api.getNote(found);
      this.note = { ...note, packId: found.packId };
    } catch (error) {
      this.note = undefined;
      this.noteError = errorMessage(error);
    }
  }
}
