/**
 * The user's settings (`settings.json`): how the app looks (theme, text size) and what new
 * attempts start with (practice reveal, drill length and timing, exam timer and warnings). Every
 * field has a default, so a file written by an older Proctor (fewer fields) reads as complete.
 */
import { z } from 'zod';
import {
  DRILL_COUNT_LIMITS,
  DRILL_TIMINGS,
  PRACTICE_REVEALS,
  SETTINGS_DEFAULTS as D,
  TEXT_SIZES,
  THEMES,
} from '../rules/settings-rules.ts';

export const themeSchema = z.enum(THEMES);
export const textSizeSchema = z.enum(TEXT_SIZES);

/** Each field's rule, without its default: a change (`settingsPatchSchema`) must not fill the others in. */
const fields = {
  theme: themeSchema,
  textSize: textSizeSchema,
  /** Practice: show the key and the explanations on "Check answer", or as soon as the answer is complete. */
  practiceReveal: z.enum(PRACTICE_REVEALS),
  /** What a new custom drill offers: its number of questions and its timing. */
  drillCount: z.number().int().min(DRILL_COUNT_LIMITS.min).max(DRILL_COUNT_LIMITS.max),
  drillTiming: z.enum(DRILL_TIMINGS),
  /** During timed attempts: show the time remaining, and the "N minutes remaining" warnings. */
  showTimer: z.boolean(),
  timeWarnings: z.boolean(),
};

export const settingsSchema = z.strictObject({
  theme: fields.theme.default(D.theme),
  textSize: fields.textSize.default(D.textSize),
  practiceReveal: fields.practiceReveal.default(D.practiceReveal),
  drillCount: fields.drillCount.default(D.drillCount),
  drillTiming: fields.drillTiming.default(D.drillTiming),
  showTimer: fields.showTimer.default(D.showTimer),
  timeWarnings: fields.timeWarnings.default(D.timeWarnings),
});

export type Settings = z.infer<typeof settingsSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type TextSize = z.infer<typeof textSizeSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** What `saveSettings` takes: any of the fields; the others keep their saved values. */
export const settingsPatchSchema = z.strictObject(fields).partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** The saved settings with a change applied, checked again as a whole. */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  return settingsSchema.parse({ ...current, ...defined });
}
