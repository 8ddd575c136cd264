/**
 * A first guess at the topic → domain mapping, which the user then checks: a topic that names a
 * domain ("Security", "Development", "Domain 3", "D4 Troubleshooting") starts mapped to it;
 * anything else starts Unassigned. Never a guess from a loose word match.
 */
export interface DomainChoice {
  number: number;
  title: string;
}

const normalize = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export function suggestDomain(topic: string, domains: readonly DomainChoice[]): number | undefined {
  const numbered = /^(?:domain|d)\s*(\d)\b/i.exec(topic.trim());
  if (numbered) {
    const number = Number(numbered[1]);
    if (domains.some((d) => d.number === number)) return number;
  }
  const name = normalize(topic.replace(/^(?:domain|d)\s*\d\s*[:.)-]?\s*/i, ''));
  if (name.length < 4) return undefined;
  const matches = domains.filter((d) => {
    const title = normalize(d.title);
    return title === name || title.startsWith(`${name} `) || name.includes(title);
  });
  return matches.length === 1 ? matches[0]!.number : undefined;
}

export function suggestMapping(topics: readonly string[], domains: readonly DomainChoice[]): Record<string, number> {
  const mapping: Record<string, number> = {};
  for (const topic of topics) {
    const number = suggestDomain(topic, domains);
    if (number !== undefined) mapping[topic] = number;
  }
  return mapping;
}
