/**
 * One way to run what a button starts: busy while it runs (so it cannot run twice), and an error
 * that reaches the user instead of a console. Screens show `busy` and `error`.
 */
import { ApiCallError } from '../../shared/contract/client.ts';
import { errorMessage } from './format.ts';

export class AsyncAction {
  busy = $state(false);
  error = $state('');

  /** Runs `work` unless already running; resolves to its value, or undefined when it failed. */
  async run<T>(work: () => Promise<T>): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    this.error = '';
    try {
      return await work();
    } catch (error) {
      this.error = errorMessage(error);
      return undefined;
    } finally {
      this.busy = false;
    }
  }
}

/** Data a screen loads when it opens: loading, then its value or the error that stopped it. */
export class Loaded<T> {
  value = $state.raw<T | undefined>();
  error = $state('');
  /** The error's code from the contract ('forbidden', 'not-found' …), when it has one. */
  errorCode = $state<string | undefined>();
  loading = $state(true);

  constructor(load: () => Promise<T>) {
    void this.reload(load);
  }

  async reload(load: () => Promise<T>): Promise<void> {
    this.loading = true;
    try {
      this.value = await load();
      this.error = '';
      this.errorCode = undefined;
    } catch (error) {
      this.error = errorMessage(error);
      this.errorCode = error instanceof ApiCallError ? error.code : undefined;
    } finally {
      this.loading = false;
    }
  }
}
