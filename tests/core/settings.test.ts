import { describe, expect, it } from 'vitest';
import { applySettingsPatch, DEFAULT_SETTINGS, settingsSchema, TEXT_SCALES, textSizeSchema } from '../../src/core/index.ts';

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

  it('has at least three text sizes, each a factor of the root size, smallest first', () => {
    const factors = textSizeSchema.options.map((size) => TEXT_SCALES[size]);
    expect(factors.length).toBeGreaterThanOrEqual(3);
    expect([...factors].sort((a, b) => a - b)).toEqual(factors);
    expect(TEXT_SCALES.medium).toBe(1);
  });

  it('applies a change to some fields and keeps the others', () => {
    const saved = applySettingsPatch({ ...DEFAULT_SETTINGS, theme: 'dark' }, { textSize: 'large', drillCount: undefined });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', textSize: 'large' });
    expect(() => applySettingsPatch(DEFAULT_SETTINGS, { drillCount: 9999 })).toThrow();
  });
});
