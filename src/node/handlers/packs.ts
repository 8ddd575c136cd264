import { summarizePack } from '../../core/index.ts';
import type { HandlerDeps, HandlerTable } from './deps.ts';

export function packHandlers({ packs }: HandlerDeps): HandlerTable<'listPacks'> {
  return {
    listPacks: async () => ({ packs: packs.list().map(summarizePack), problems: packs.problems() }),
  };
}
