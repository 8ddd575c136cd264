/**
 * Exam keyboard map. F is "flag" (as on the real exam), so letters choose A-E and a sixth
 * option is chosen with 6.
 */
export type KeyCommand = { type: 'select'; index: number } | { type: 'next' } | { type: 'previous' } | { type: 'flag' };

export function keyToCommand(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  optionCount: number,
): KeyCommand | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const key = event.key;
  if (key === 'ArrowRight' || key === 'n' || key === 'N') return { type: 'next' };
  if (key === 'ArrowLeft' || key === 'p' || key === 'P') return { type: 'previous' };
  if (key === 'f' || key === 'F') return { type: 'flag' };
  let index = -1;
  if (/^[1-6]$/.test(key)) index = Number(key) - 1;
  else if (/^[a-eA-E]$/.test(key)) index = key.toLowerCase().charCodeAt(0) - 97;
  return index >= 0 && index < optionCount ? { type: 'select', index } : undefined;
}
