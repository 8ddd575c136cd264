/**
 * The exam's keys. Options are labelled A-F on screen, so the letters and the digits 1-6 choose the
 * option with that label, and Shift with either strikes it out or back in. Flagging ("mark for
 * review") is M, which no option label uses; N / P or the arrows move between questions.
 */
export type KeyCommand =
  { type: 'select'; index: number } | { type: 'strike'; index: number } | { type: 'next' } | { type: 'previous' } | { type: 'flag' };

export const KEY_HELP = [
  ['A–F or 1–6', 'choose that option'],
  ['Shift + A–F or 1–6', 'strike that option out, or back in'],
  ['M', 'mark (flag) the question for review'],
  ['N or →', 'next question'],
  ['P or ←', 'previous question'],
] as const;

type KeyEvent = Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>;

function optionIndex(event: KeyEvent): number {
  const digit = /^Digit([1-6])$/.exec(event.code);
  if (digit) return Number(digit[1]) - 1;
  if (/^[1-6]$/.test(event.key)) return Number(event.key) - 1;
  if (/^[a-f]$/i.test(event.key)) return event.key.toLowerCase().charCodeAt(0) - 97;
  return -1;
}

export function keyToCommand(event: KeyEvent, optionCount: number): KeyCommand | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const key = event.key;
  if (key === 'ArrowRight' || key === 'n' || key === 'N') return { type: 'next' };
  if (key === 'ArrowLeft' || key === 'p' || key === 'P') return { type: 'previous' };
  if (key === 'm' || key === 'M') return { type: 'flag' };
  const index = optionIndex(event);
  if (index < 0 || index >= optionCount) return undefined;
  return event.shiftKey ? { type: 'strike', index } : { type: 'select', index };
}

/** Keys typed into a text field (a note, the scratch pad) are the user's text, not commands. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target.tagName === 'INPUT' && !['radio', 'checkbox', 'button'].includes((target as HTMLInputElement).type);
}
