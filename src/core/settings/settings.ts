/**
 * The user's settings (`settings.json`): how the app looks (theme, text size) and what new
 * attempts start with (practice reveal, drill length and timing, exam timer and warnings). Every
 * field has a default, so a file written by an older Proctor (fewer fields) reads as complete.
 */
import { z } from 'zod';

export const themeSchema = z.enum(['system', 'light', 'dark']);
/** Text sizes, smallest first; each is a factor on the root font size, so every rem follows. */
export const TEXT_SCALES = { small: 0.875, medium: 1, large: 1.125, 'x-large': 1.25 } as const;
export const textSizeSchema = z.enum(['small', 'medium', 'large', 'x-large']);

export const settingsSchema = z.strictObject({
  theme: themeSchema.default('system'),
  textSize: textSizeSchema.default('medium'),
  /** Practice: show the key and the explanations on "Check answer", or as soon as the answer is complete. */
  practiceReveal: z.enum(['on-check', 'at-once']).default('on-check'),
  /** What a new custom drill offers: its number of questions and its timing. */
  drillCount: z.number().int().min(1).max(500).default(20),
  drillTiming: z.enum(['none', 'exam-pace']).default('none'),
  /** During timed attempts: show the time remaining, and the "N minutes remaining" warnings. */
  showTimer: z.boolean().default(true),
  timeWarnings: z.boolean().default(true),
});

export type Settings = z.infer<typeof settingsSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type TextSize = z.infer<typeof textSizeSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** What `saveSettings` takes: any of the fields; the others keep their saved values. */
export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** The saved settings with a change applied, checked again as a whole. */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  return settingsSchema.parse({ ...current, ...defined });
}
