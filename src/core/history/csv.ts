/** History as CSV, for spreadsheets. Pack text is untrusted: cells cannot start a formula. */
import type { AttemptSummary } from '../attempt/schema.ts';

export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  // A cell starting with = + - @ (or a tab/CR) would run as a formula in spreadsheet apps.
  if (/^[=+\-@\t\r]/.test(text) && typeof value !== 'number') text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function historyCsv(summaries: readonly AttemptSummary[], domainNumbers: readonly number[]): string {
  const header = [
    'started',
    'submitted',
    'pack',
    'exam',
    'kind',
    'status',
    'end',
    'scaled_score',
    'passed',
    'percent',
    'correct',
    'total',
    'unanswered',
    'minutes_used',
    ...domainNumbers.flatMap((d) => [`d${d}_correct`, `d${d}_total`]),
  ];
  const rows = summaries.map((s) => {
    const r = s.result;
    const used = s.submittedAt !== undefined ? Math.round((s.submittedAt - s.startedAt) / 60_000) : undefined;
    return [
      new Date(s.startedAt).toISOString(),
      s.submittedAt !== undefined ? new Date(s.submittedAt).toISOString() : undefined,
      s.packId,
      s.title,
      s.kind,
      s.status,
      s.endReason,
      r?.scaledScore,
      r?.passed,
      r?.percent,
      r?.correct,
      r?.total,
      r?.unanswered,
      used,
      ...domainNumbers.flatMap((d) => {
        const score = r?.byDomain.find((x) => x.domain === d);
        return [score?.correct, score?.total];
      }),
    ]
      .map(csvCell)
      .join(',');
  });
  return [header.join(','), ...rows].join('\r\n') + '\r\n';
}

/** proctor-history-2026-12-01.csv */
export function historyCsvFilename(now: number): string {
  return `proctor-history-${new Date(now).toISOString().slice(0, 10)}.csv`;
}
