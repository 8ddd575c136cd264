/**
 * The defaults a new drill or practice attempt starts with, in one place: what the user chose on
 * the Settings screen (the defaults of core's settings rules until the file has been read).
 */
import type { Reveal } from '../../core/index.ts';
import type { Settings } from '../../shared/contract/index.ts';
import { settings } from './settings.svelte.ts';

export interface PracticeDefaults {
  reveal: Reveal;
  count: number;
  timing: Settings['drillTiming'];
}

export function practiceDefaults(): PracticeDefaults {
  return { reveal: settings.practiceReveal, count: settings.value.drillCount, timing: settings.value.drillTiming };
}
