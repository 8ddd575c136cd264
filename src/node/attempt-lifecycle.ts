/**
 * What happens to attempts beyond the reducer: an attempt whose deadline passed is submitted when
 * it is next read, and a submission is passed on to what learns from it (the review schedule).
 */
import { settleAttempt, type Attempt, type AttemptSummary } from '../core/index.ts';
import type { AttemptStore } from './storage/attempt-store.ts';

export class AttemptLifecycle {
  constructor(
    private readonly store: AttemptStore,
    private readonly now: () => number,
    private readonly onSubmitted: (attempt: Attempt) => Promise<void>,
  ) {}

  /** Saves an attempt; when this change submits it, `onSubmitted` learns from it. */
  async persist(before: Attempt, after: Attempt): Promise<void> {
    if (after === before) return;
    await this.store.save(after);
    if (before.status === 'in-progress' && after.status === 'submitted') await this.onSubmitted(after);
  }

  /** Reads an attempt, submitting it first if its deadline passed while nobody looked. */
  async loadSettled(id: string): Promise<Attempt> {
    const attempt = await this.store.load(id);
    const settled = settleAttempt(attempt, this.now());
    if (settled !== attempt) await this.persist(attempt, settled);
    return settled;
  }

  /** Submits every attempt whose deadline passed while the app was closed. */
  async settleExpired(): Promise<void> {
    const now = this.now();
    for (const summary of this.store.list()) {
      if (summary.status === 'in-progress' && summary.deadline <= now) {
        await this.store.withAttempt(summary.id, async () => {
          const attempt = await this.store.load(summary.id).catch(() => undefined);
          if (attempt) await this.persist(attempt, settleAttempt(attempt, now));
        });
      }
    }
  }

  newestFirst(): AttemptSummary[] {
    return this.store.list().sort((a, b) => b.startedAt - a.startedAt);
  }
}
