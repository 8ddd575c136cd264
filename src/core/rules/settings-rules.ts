/**
 * The settings' choices and defaults, without zod: the core's schema is built from them and the
 * renderer reads them too (the defaults before the saved settings arrive, the labels' order).
 */
export const THEMES = ['system', 'light', 'dark'] as const;
/** Text sizes, smallest first, each with its root font size in pixels (every rem follows it). */
export const TEXT_SIZES = ['small', 'medium', 'large', 'x-large'] as const;
export const TEXT_SIZE_PX: Record<(typeof TEXT_SIZES)[number], number> = { small: 14, medium: 16, large: 18, 'x-large': 20 };
export const PRACTICE_REVEALS = ['on-check', 'at-once'] as const;
export const DRILL_TIMINGS = ['none', 'exam-pace'] as const;
export const DRILL_COUNT_LIMITS = { min: 1, max: 500 } as const;

export const SETTINGS_DEFAULTS = {
  theme: 'system',
  textSize: 'medium',
  practiceReveal: 'on-check',
  drillCount: 20,
  drillTiming: 'none',
  showTimer: true,
  timeWarnings: true,
} as const;
