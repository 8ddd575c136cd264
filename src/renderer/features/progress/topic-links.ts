/**
 * Links to other screens by their hash, with the query each reads: a custom drill on a topic
 * (`#/drill`, which the drill builder fills in from its query) and the topic's note (`#/notes`).
 */
export function drillHref(topic: string, count = 10): string {
  return `#/drill?${new URLSearchParams({ topics: topic, feedback: 'practice', count: String(count) }).toString()}`;
}

export function noteHref(topic: string): string {
  return `#/notes?${new URLSearchParams({ topic }).toString()}`;
}
