/**
 * The Progress screen's state: the packs, the one shown, its progress (from the ledger alone, so
 * it opens as fast with 10,000 attempts as with 10) and how the topic table is sorted.
 */
import type { TopicMastery } from '../../../core/index.ts';
import type { Api } from '../../../shared/contract/client.ts';
import type { ListedPack, ResponseOf } from '../../../shared/contract/index.ts';
import { errorMessage } from '../../lib/format.ts';

export type TopicSortKey = 'topic' | 'answered' | 'percent' | 'lastSeen';
export type SortDirection = 'ascending' | 'descending';

const compare: Record<TopicSortKey, (a: TopicMastery, b: TopicMastery) => number> = {
  topic: (a, b) => a.topic.localeCompare(b.topic),
  answered: (a, b) => a.answered - b.answered,
  // Topics not answered yet sort after every answered one, whichever the direction.
  percent: (a, b) => (a.percent ?? -1) - (b.percent ?? -1),
  lastSeen: (a, b) => (a.lastSeen ?? 0) - (b.lastSeen ?? 0),
};

export class ProgressState {
  #packs = $state.raw<ListedPack[]>([]);
  #packId = $state('');
  #progress = $state.raw<ResponseOf<'getProgress'> | undefined>();
  #error = $state('');
  #loading = $state(true);
  #sort = $state<{ key: TopicSortKey; direction: SortDirection }>({ key: 'percent', direction: 'ascending' });
  #asked = 0;

  constructor(
    private readonly api: Api,
    packId = '',
  ) {
    void this.#start(packId);
  }

  get packs() {
    return this.#packs;
  }
  get packId() {
    return this.#packId;
  }
  get progress() {
    return this.#progress;
  }
  get error() {
    return this.#error;
  }
  get loading() {
    return this.#loading;
  }
  get sort() {
    return this.#sort;
  }

  readonly topics = $derived.by(() => {
    const rows = [...(this.#progress?.topics ?? [])];
    const { key, direction } = this.#sort;
    const sign = direction === 'ascending' ? 1 : -1;
    return rows.sort((a, b) => {
      if (key === 'percent' && (a.percent === null) !== (b.percent === null)) return a.percent === null ? 1 : -1;
      return sign * compare[key](a, b) || a.topic.localeCompare(b.topic);
    });
  });

  /** A header pressed again reverses its order; another header sorts by it, ascending. */
  sortBy(key: TopicSortKey): void {
    const direction = this.#sort.key === key && this.#sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.#sort = { key, direction };
  }

  async selectPack(packId: string): Promise<void> {
    this.#packId = packId;
    const asked = ++this.#asked;
    this.#loading = true;
    try {
      const progress = await this.api.getProgress({ packId });
      // A pack chosen meanwhile wins over a slower answer for the one before.
      if (asked !== this.#asked) return;
      this.#progress = progress;
      this.#error = '';
    } catch (error) {
      if (asked === this.#asked) this.#error = errorMessage(error);
    } finally {
      if (asked === this.#asked) this.#loading = false;
    }
  }

  async #start(packId: string): Promise<void> {
    try {
      this.#packs = (await this.api.listPacks({})).packs;
    } catch (error) {
      this.#error = errorMessage(error);
      this.#loading = false;
      return;
    }
    const first = this.#packs.find((p) => p.id === packId) ?? this.#packs[0];
    if (!first) {
      this.#loading = false;
      return;
    }
    await this.selectPack(first.id);
  }
}
