import type { HandlerDeps, HandlerTable } from './deps.ts';
import { listed } from './imports.ts';

export function packHandlers({ packs }: HandlerDeps): HandlerTable<'listPacks'> {
  return {
    listPacks: async () => ({ packs: packs.list().map((pack) => listed(packs, pack)), problems: packs.problems() }),
  };
}
