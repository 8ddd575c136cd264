import type { HandlerDeps, HandlerTable } from './deps.ts';

export function appHandlers({ app, notices }: HandlerDeps): HandlerTable<'getAppInfo'> {
  return {
    getAppInfo: async () => ({ ...app, notices: notices.list() }),
  };
}
