/** The archive view's filters in the address, so a reload or a shared link shows the same list. */
export interface ArchiveSearch {
  type?: string;
  q?: string;
  page?: number;
}

/** Keeps what can be a filter; the server checks the kind against its list (an unknown one answers 400). */
export function validateArchiveSearch(search: Record<string, unknown>): ArchiveSearch {
  const page = Number(search.page);
  const result: ArchiveSearch = {
    type: typeof search.type === 'string' && /^[a-z_]{1,40}$/.test(search.type) ? search.type : undefined,
    q: typeof search.q === 'string' && search.q.length <= 200 ? search.q : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : undefined,
  };
  return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined && v !== '')) as ArchiveSearch;
}
