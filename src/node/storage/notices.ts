/** Messages for the user about their data (a file set aside, a backup restored), shown in the app. */
import type { Notice } from '../../shared/contract.ts';

export class NoticeLog {
  private readonly items: Notice[] = [];
  constructor(private readonly now: () => number = Date.now) {}

  add(level: Notice['level'], message: string): void {
    this.items.push({ level, message, at: this.now() });
    if (this.items.length > 100) this.items.shift();
  }

  list(): Notice[] {
    return this.items.slice();
  }
}
