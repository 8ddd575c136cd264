/**
 * Which topics of a pack have a study note, for links from other screens (a reviewed question's
 * topics, the weak topics) to `#/notes?topic=…`. One `listNotes` per pack, kept until the data changes.
 */
import type { NoteSummary } from '../../shared/contract/index.ts';
import type { Api } from '../../shared/contract/client.ts';
import type { Route } from './routes.ts';

const cache = new Map<string, Promise<ReadonlyMap<string, string>>>();

/** topic → id of the note teaching it: the note whose main (first) topic it is, else the first naming it. */
export function topicIndex(notes: readonly NoteSummary[]): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  for (const note of notes) if (note.topics[0] && !index.has(note.topics[0])) index.set(note.topics[0], note.id);
  for (const note of notes) for (const topic of note.topics) if (!index.has(topic)) index.set(topic, note.id);
  return index;
}

/** The pack's noted topics; an empty map when its notes cannot be read (the topics then show as text). */
export function noteTopicsOf(api: Api, packId: string, version = 0): Promise<ReadonlyMap<string, string>> {
  const key = `${version}/${packId}`;
  let found = cache.get(key);
  if (!found) {
    found = api.listNotes({ packId }).then(
      ({ notes }) => topicIndex(notes),
      () => new Map<string, string>(),
    );
    cache.set(key, found);
  }
  return found;
}

/** The Notes screen on the note teaching a topic. */
export const noteRouteOfTopic = (topic: string, packId?: string): Route => ({
  name: 'notes',
  query: packId ? { pack: packId, topic } : { topic },
});
