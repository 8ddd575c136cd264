/** Messages for the user about their data (a file set aside, a backup restored), shown in the app. */
import type { Notice } from '../../shared/contract/index.ts';

export class NoticeLog {
  private readonly items: Notice[] = [];
  /** How many notices were ever added; the list itself keeps the latest 100. */
  added = 0;
  constructor(private readonly now: () => number = Date.now) {}

  /** `date`, when given, fills a `{date}` in the message where the app shows it, in its own format. */
  add(level: Notice['level'], message: string, date?: number): void {
    this.items.push({ level, message, at: this.now(), ...(date !== undefined ? { date } : {}) });
    this.added++;
    if (this.items.length > 100) this.items.shift();
  }

  /** Notices added after the moment `added` had the value `mark`. */
  since(mark: number): Notice[] {
    return this.items.slice(Math.max(0, this.items.length - (this.added - mark)));
  }

  list(): Notice[] {
    return this.items.slice();
  }
}
