/**
 * The custom drill builder's state: the form (read from the route query), how many questions match
 * it (asked of the main process as the filters change, the latest answer wins), and the start.
 */
import type { ListedPack } from '../../../shared/contract/index.ts';
import type { Api } from '../../../shared/contract/client.ts';
import { errorMessage } from '../../lib/format.ts';
import type { RouteQuery } from '../../lib/routes.ts';
import { practiceDefaults } from '../../lib/practice-defaults.ts';
import { filterOf, formFromQuery, startRequestOf, type DrillForm } from './drill-query.ts';

export function defaultForm(packId: string): DrillForm {
  const defaults = practiceDefaults();
  return {
    packId,
    domains: [],
    tasks: [],
    topics: [],
    source: 'all',
    count: defaults.count,
    timing: defaults.timing,
    minutes: 30,
    feedback: 'practice',
    reveal: defaults.reveal,
  };
}

export class DrillBuilder {
  form = $state<DrillForm>(defaultForm(''));
  /** Questions matching the filters and source; undefined while being counted. */
  matching = $state<number | undefined>();
  countError = $state('');
  startError = $state('');
  starting = $state(false);
  private asked = 0;
  readonly packs: readonly ListedPack[];

  readonly pack = $derived(this.packList().find((p) => p.id === this.form.packId));
  /** What the drill will take: the count asked for, at most what matches. */
  readonly takes = $derived(this.matching === undefined ? undefined : Math.min(this.form.count, this.matching));

  constructor(
    private readonly api: Api,
    packs: readonly ListedPack[],
    query: RouteQuery,
  ) {
    this.packs = packs;
    this.form = formFromQuery(query, defaultForm(packs[0]?.id ?? ''));
    if (!this.pack && packs[0]) this.form.packId = packs[0].id;
  }

  private packList(): readonly ListedPack[] {
    return this.packs;
  }

  /** Fills the form at once (a preset), keeping the pack. */
  apply(changes: Partial<DrillForm>): void {
    this.form = { ...defaultForm(this.form.packId), ...changes };
  }

  toggle<K extends 'domains' | 'tasks' | 'topics'>(key: K, value: DrillForm[K][number]): void {
    const values = this.form[key] as (typeof value)[];
    this.form[key] = (values.includes(value) ? values.filter((v) => v !== value) : [...values, value]) as DrillForm[K];
  }

  /** Asks how many questions match now; an answer to an older question is ignored. */
  async recount(): Promise<void> {
    const ask = ++this.asked;
    const { packId, source } = this.form;
    if (!packId) return;
    this.matching = undefined;
    try {
      const { matching } = await this.api.countDrill({ packId, filter: filterOf(this.form), source });
      if (ask !== this.asked) return;
      this.matching = matching;
      this.countError = '';
    } catch (error) {
      if (ask === this.asked) this.countError = errorMessage(error);
    }
  }

  /** Why the drill cannot start now, in words; '' when it can. */
  get refusal(): string {
    if (!this.pack) return 'Choose an exam pack first.';
    if (this.matching === 0) return 'No question matches these choices: widen the filters or choose another source.';
    if (!Number.isInteger(this.form.count) || this.form.count < 1) return 'Ask for at least one question.';
    return '';
  }

  /** Starts the drill; resolves to the new attempt's id. */
  async start(): Promise<string | undefined> {
    if (this.refusal || this.starting || this.takes === undefined) return undefined;
    this.starting = true;
    this.startError = '';
    try {
      const view = await this.api.startAttempt({ packId: this.form.packId, start: startRequestOf(this.form, this.takes) });
      return view.summary.id;
    } catch (error) {
      this.startError = errorMessage(error);
      return undefined;
    } finally {
      this.starting = false;
    }
  }
}
