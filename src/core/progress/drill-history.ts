/** What a custom drill's sources need to know, read from the ledger's per-question totals. */
import type { Pack } from '../pack/model.ts';
import type { DrillHistory } from '../selection/drill.ts';
import type { PackLedger } from './aggregates.ts';
import { masteryByTopic, weakestTopics } from './mastery.ts';

export function drillHistoryOf(pack: Pack, ledger: PackLedger | undefined, due: readonly string[]): DrillHistory {
  const seen = new Set<string>();
  const missed = new Set<string>();
  const flagged = new Set<string>();
  for (const [id, stats] of Object.entries(ledger?.questions ?? {})) {
    seen.add(id);
    // Unanswered counts as missed: it was scored wrong.
    if (stats.lastMissed !== undefined || stats.skipped > 0) missed.add(id);
    if ((stats.flagged ?? 0) > 0) flagged.add(id);
  }
  const weakest = ledger ? weakestTopics(masteryByTopic(pack, ledger), ledger).map((t) => t.topic) : [];
  return { seen, missed, flagged, due, weakestTopics: weakest };
}
