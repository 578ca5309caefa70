/** The import page's search: the batch shown, so a reload comes back to it (still running, or done). */
export function validateImportSearch(search: Record<string, unknown>): { batch?: string } {
  const batch = typeof search.batch === 'string' && /^[0-9a-f-]{36}$/i.test(search.batch) ? search.batch : undefined;
  return batch ? { batch } : {};
}
