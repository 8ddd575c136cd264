/**
 * The defaults practice starts with, in one place: the Settings screen will set them (the lead wires
 * it); until then, reveal on "Check answer".
 */
import type { Reveal } from '../../core/index.ts';

export interface PracticeDefaults {
  reveal: Reveal;
}

export function practiceDefaults(): PracticeDefaults {
  return { reveal: 'on-check' };
}
