import type { HandlerDeps, HandlerTable } from './deps.ts';

export function settingsHandlers({ settings }: HandlerDeps): HandlerTable<'getSettings' | 'saveSettings'> {
  return {
    getSettings: async () => ({ settings: settings.get() }),
    saveSettings: async ({ settings: patch }) => ({ settings: await settings.save(patch) }),
  };
}
