/** "48 s", "2 min 5 s": a time per question, in words a table can show. */
export function seconds(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** "+4.5", "−3", "±0": a change with its sign. */
export function signed(x: number): string {
  return x > 0 ? `+${x}` : x < 0 ? `−${Math.abs(x)}` : '±0';
}
