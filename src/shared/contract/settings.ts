/** The user's settings: read at start, saved as a change of some fields (the rest keep their values). */
import { z } from 'zod';
import { settingsPatchSchema, settingsSchema } from '../../core/index.ts';
import { emptyRequest, type ChannelDefinition } from './define.ts';

export type { Settings, SettingsPatch } from '../../core/index.ts';

export const settingsChannels = {
  getSettings: { request: emptyRequest, response: z.object({ settings: settingsSchema }) },
  saveSettings: { request: z.strictObject({ settings: settingsPatchSchema }), response: z.object({ settings: settingsSchema }) },
} satisfies Record<string, ChannelDefinition>;
