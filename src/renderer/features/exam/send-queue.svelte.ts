/**
 * Sends the actions of an attempt one after another, so they are saved in the order the user made
 * them, and says whether everything is saved. A failed save is reported; the caller resyncs.
 */
import type { AttemptAction, ExamView } from '../../../core/index.ts';
import { errorMessage } from '../../lib/format.ts';

export type SaveState = 'saved' | 'saving' | 'error';

export class SendQueue {
  saveState = $state<SaveState>('saved');
  saveError = $state('');
  private pending = 0;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly send: (action: AttemptAction) => Promise<ExamView>,
    private readonly onSaved: (view: ExamView, action: AttemptAction) => void,
    private readonly onFailed: (error: unknown) => Promise<void>,
  ) {}

  /** Queues one action; resolves once it (and everything before it) has been answered. */
  push(action: AttemptAction): Promise<void> {
    this.pending++;
    this.saveState = 'saving';
    const run = async () => {
      try {
        const view = await this.send(action);
        this.pending--;
        if (this.pending === 0 && this.saveState !== 'error') this.saveState = 'saved';
        this.onSaved(view, action);
      } catch (error) {
        this.pending--;
        this.saveState = 'error';
        this.saveError = errorMessage(error);
        await this.onFailed(error);
      }
    };
    const next = this.tail.then(run);
    this.tail = next;
    return next;
  }

  get isPending(): boolean {
    return this.pending > 0;
  }

  /** Resolves when everything queued so far has been answered. */
  async flushed(): Promise<void> {
    await this.tail;
  }
}
