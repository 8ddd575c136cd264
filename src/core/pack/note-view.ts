/** What a Notes screen needs: each note with the number of questions its practice drill draws. */
import { z } from 'zod';
import { NotFoundError } from '../errors.ts';
import type { Pack } from './model.ts';
import type { Note } from './notes.ts';

export const noteSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  topics: z.array(z.string()),
  /** Questions carrying any of the note's topics: what "Practise these N questions" draws. */
  questionCount: z.number().int().min(0),
});

export const noteViewSchema = noteSummarySchema.extend({
  /** Untrusted Markdown: render it only through the renderer's SafeHtml path. */
  markdown: z.string(),
});

export type NoteSummary = z.infer<typeof noteSummarySchema>;
export type NoteView = z.infer<typeof noteViewSchema>;

function summary(pack: Pack, note: Note): NoteSummary {
  const topics = new Set(note.topics);
  const questionCount = pack.questions.filter((q) => q.topics.some((t) => topics.has(t))).length;
  return { id: note.id, title: note.title, topics: note.topics, questionCount };
}

export function listNoteSummaries(pack: Pack): NoteSummary[] {
  return pack.notes.map((note) => summary(pack, note));
}

export function noteView(pack: Pack, noteId: string): NoteView {
  const note = pack.notes.find((n) => n.id === noteId);
  if (!note) throw new NotFoundError(`pack "${pack.id}" has no note "${noteId}"`);
  return { ...summary(pack, note), markdown: note.markdown };
}
