/** Study notes of a pack: the list (with each note's drill size) and one note with its Markdown. */
import { z } from 'zod';
import { noteSummarySchema, noteViewSchema } from '../../core/index.ts';
import { idSchema, type ChannelDefinition } from './define.ts';

export type { NoteSummary, NoteView } from '../../core/index.ts';

export const noteChannels = {
  listNotes: { request: z.strictObject({ packId: idSchema }), response: z.object({ notes: z.array(noteSummarySchema) }) },
  getNote: { request: z.strictObject({ packId: idSchema, noteId: idSchema }), response: z.object({ note: noteViewSchema }) },
} satisfies Record<string, ChannelDefinition>;
