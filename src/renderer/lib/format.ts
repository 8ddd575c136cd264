export function formatDate(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
