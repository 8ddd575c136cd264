/** The recorded and retired question ids of a pack, from tests/content/known-ids/. */
import { existsSync, readFileSync } from 'node:fs';

export interface RetiredId {
  replacedBy: string;
  reason: string;
}

export const knownIdsFile = (packId: string) => `tests/content/known-ids/${packId}.txt`;
export const retiredIdsFile = (packId: string) => `tests/content/known-ids/${packId}.retired.txt`;

export function readKnownIds(packId: string, retiredText?: string): { recorded: string[]; retired: Map<string, RetiredId> } {
  const recorded = existsSync(knownIdsFile(packId)) ? readFileSync(knownIdsFile(packId), 'utf8').split('\n').filter(Boolean) : [];
  const text = retiredText ?? (existsSync(retiredIdsFile(packId)) ? readFileSync(retiredIdsFile(packId), 'utf8') : '');
  const retired = new Map<string, RetiredId>();
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const match = /^(\S+) (\S+) (.+)$/.exec(line.trim());
    if (!match) throw new Error(`${retiredIdsFile(packId)}: retired list line ${index + 1} is not "<retired id> <replaced by> <why>"`);
    const [, old, replacedBy, reason] = match;
    if (old === replacedBy) throw new Error(`${retiredIdsFile(packId)}: line ${index + 1}: ${old} is replaced by itself`);
    if (retired.has(old!)) throw new Error(`${retiredIdsFile(packId)}: line ${index + 1}: ${old} is listed twice`);
    retired.set(old!, { replacedBy: replacedBy!, reason: reason! });
  });
  return { recorded, retired };
}
