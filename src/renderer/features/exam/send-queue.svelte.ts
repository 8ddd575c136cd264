/**
 * Sends the actions of an attempt one after another, so they are saved in the order the user made
 * them, and says whether everything is saved. Successive changes of the same thing (answers to one
 * question, moves between questions, the scratch pad) are merged while they wait, so a burst of
 * clicks drains in a few saves. After a failed save the waiting actions are dropped: the caller
 * shows what is really stored, and actions made on a stale screen must not be applied to it.
 * Sending starts in a task of its own: a request costs a millisecond or more on the main thread,
 * which belongs to showing the change the user just made.
 */
import type { AttemptAction, ExamView } from '../../../core/index.ts';
import { errorMessage } from '../../lib/format.ts';

export type SaveState = 'saved' | 'saving' | 'error';

interface Waiting {
  action: AttemptAction;
  settle: (() => void)[];
}

/** Two actions of which only the later one matters once both are saved. */
function supersedes(later: AttemptAction, earlier: AttemptAction): boolean {
  if (later.type === 'answer' && earlier.type === 'answer') return later.questionId === earlier.questionId;
  if (later.type === 'scratch' && earlier.type === 'scratch') return true;
  return later.type === 'navigate' && earlier.type === 'navigate';
}

export class SendQueue {
  saveState = $state<SaveState>('saved');
  saveError = $state('');
  private readonly waiting: Waiting[] = [];
  private sending = false;
  private wakeScheduled = false;
  private idle: (() => void)[] = [];

  constructor(
    private readonly send: (action: AttemptAction) => Promise<ExamView>,
    private readonly onSaved: (view: ExamView, action: AttemptAction) => void,
    private readonly onFailed: (error: unknown) => Promise<void>,
    private readonly later: (run: () => void) => void = (run) => void setTimeout(run, 0),
  ) {}

  /** Queues one action; resolves once it (or the one that replaced it) has been answered. */
  push(action: AttemptAction): Promise<void> {
    this.saveState = 'saving';
    return new Promise((resolve) => {
      const last = this.waiting[this.waiting.length - 1];
      if (last && supersedes(action, last.action)) {
        last.action = action;
        last.settle.push(resolve);
      } else {
        this.waiting.push({ action, settle: [resolve] });
      }
      this.wake();
    });
  }

  get isPending(): boolean {
    return this.sending || this.waiting.length > 0;
  }

  private wake(): void {
    if (this.sending || this.wakeScheduled) return;
    this.wakeScheduled = true;
    this.later(() => {
      this.wakeScheduled = false;
      void this.drain();
    });
  }

  /** Resolves when everything queued so far has been answered. */
  flushed(): Promise<void> {
    return this.isPending ? new Promise((resolve) => this.idle.push(resolve)) : Promise.resolve();
  }

  private async drain(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    let failed = false;
    while (this.waiting.length > 0) {
      const next = this.waiting.shift()!;
      try {
        const view = await this.send(next.action);
        this.onSaved(view, next.action);
      } catch (error) {
        failed = true;
        this.saveError = errorMessage(error);
        const dropped = this.waiting.splice(0);
        await this.onFailed(error);
        for (const entry of dropped) entry.settle.forEach((settle) => settle());
      }
      next.settle.forEach((settle) => settle());
    }
    this.sending = false;
    this.saveState = failed ? 'error' : 'saved';
    for (const resolve of this.idle.splice(0)) resolve();
  }
}
