// Built once: toLocaleString with options builds a formatter on every call (long lists format thousands).
const DATE_TIME = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatDate(ms: number): string {
  return DATE_TIME.format(ms);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
