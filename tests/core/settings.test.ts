import { describe, expect, it } from 'vitest';
import {
  applySettingsPatch,
  DEFAULT_SETTINGS,
  SETTINGS_DEFAULTS,
  settingsPatchSchema,
  settingsSchema,
  TEXT_SIZE_PX,
  textSizeSchema,
} from '../../src/core/index.ts';

describe('settings schema', () => {
  it('fills every field with its default', () => {
    expect(settingsSchema.parse({})).toEqual({
      theme: 'system',
      textSize: 'medium',
      practiceReveal: 'on-check',
      drillCount: 20,
      drillTiming: 'none',
      showTimer: true,
      timeWarnings: true,
    });
    expect(DEFAULT_SETTINGS).toEqual(settingsSchema.parse({}));
    // The renderer's copy of the defaults (it may not import zod schemas) is the same.
    expect(SETTINGS_DEFAULTS).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps what an older file saved and completes the rest', () => {
    expect(settingsSchema.parse({ theme: 'dark' })).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it.each([
    [{ theme: 'purple' }, 'theme'],
    [{ textSize: 'huge' }, 'textSize'],
    [{ practiceReveal: 'never' }, 'practiceReveal'],
    [{ drillCount: 0 }, 'drillCount'],
    [{ drillCount: 2.5 }, 'drillCount'],
    [{ drillTiming: 'fixed' }, 'drillTiming'],
    [{ showTimer: 'yes' }, 'showTimer'],
    [{ unknownField: 1 }, ''],
  ])('refuses %j', (value, field) => {
    const result = settingsSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path.join('.')).toBe(field);
  });

  it('has at least three text sizes, smallest first, the default at 16 px', () => {
    const sizes = textSizeSchema.options.map((size) => TEXT_SIZE_PX[size]);
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
    expect(new Set(sizes).size).toBe(sizes.length);
    expect(TEXT_SIZE_PX[DEFAULT_SETTINGS.textSize]).toBe(16);
  });

  it('applies a change to some fields and keeps the others', () => {
    const saved = applySettingsPatch({ ...DEFAULT_SETTINGS, theme: 'dark' }, { textSize: 'large', drillCount: undefined });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', textSize: 'large' });
    expect(() => applySettingsPatch(DEFAULT_SETTINGS, { drillCount: 9999 })).toThrow();
  });

  it('reads a change as only the fields it names (no defaults filled in over the saved ones)', () => {
    expect(settingsPatchSchema.parse({ textSize: 'large' })).toEqual({ textSize: 'large' });
    expect(settingsPatchSchema.safeParse({ theme: 'purple' }).success).toBe(false);
    const saved = { ...DEFAULT_SETTINGS, theme: 'dark' as const };
    expect(applySettingsPatch(saved, settingsPatchSchema.parse({ textSize: 'large' }))).toEqual({ ...saved, textSize: 'large' });
  });
});
