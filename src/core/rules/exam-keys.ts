/**
 * The exam's keys. Options are labelled A-F on screen, so the letters and the digits 1-6 choose the
 * option with that label, and Shift with either strikes it out or back in. Flagging ("mark for
 * review") is M, which no option label uses; N / P or the arrows move between questions. In
 * practice, Enter checks the answer and, once it is checked, goes on to the next question.
 */
export type KeyCommand =
  | { type: 'select'; index: number }
  | { type: 'strike'; index: number }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'flag' }
  | { type: 'enter' };

/** The keys as the app lists them (on the exam screen and in Help → Keyboard shortcuts). */
export const KEY_HELP = [
  ['A–F or 1–6', 'choose that option'],
  ['Shift + A–F or 1–6', 'strike that option out, or back in'],
  ['M', 'mark (flag) the question for review'],
  ['N or →', 'next question'],
  ['P or ←', 'previous question'],
] as const;

/** Practice keeps the exam's keys and adds Enter (listed on the practice screen and in Help). */
export const PRACTICE_KEY_HELP = [...KEY_HELP, ['Enter', 'check the answer; once checked, next question']] as const;

/** The parts of a keyboard event the map reads (core knows no DOM). */
export interface KeyEvent {
  key: string;
  code: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

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
  if (key === 'Enter' && !event.shiftKey) return { type: 'enter' };
  const index = optionIndex(event);
  if (index < 0 || index >= optionCount) return undefined;
  return event.shiftKey ? { type: 'strike', index } : { type: 'select', index };
}
