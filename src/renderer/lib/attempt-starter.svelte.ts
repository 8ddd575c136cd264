/** Starts an attempt and opens it; every "Start …" button goes through one of these. */
import type { StartRequest } from '../../core/index.ts';
import type { Api } from '../../shared/contract/client.ts';
import { AsyncAction } from './async-action.svelte.ts';
import { router } from './router.svelte.ts';

export class AttemptStarter extends AsyncAction {
  constructor(private readonly api: Api) {
    super();
  }

  async start(packId: string, start: StartRequest): Promise<void> {
    const view = await this.run(() => this.api.startAttempt({ packId, start }));
    if (view) router.go({ name: 'exam', attemptId: view.summary.id });
  }
}
