/** The archived list's sort and page, kept in the address like the register's. */
export interface ArchivedSearch {
  sort?: ArchivedSortKey;
  order?: 'asc' | 'desc';
  page?: number;
}

export type ArchivedSortKey = 'name' | 'updatedAt';
export const ARCHIVED_PAGE_SIZE = 50;

/** Unknown or malformed values are dropped, so an old link still opens. */
export function validateArchivedSearch(search: Record<string, unknown>): ArchivedSearch {
  const page = Number(search.page);
  const result: ArchivedSearch = {
    sort: search.sort === 'name' || search.sort === 'updatedAt' ? search.sort : undefined,
    order: search.order === 'asc' || search.order === 'desc' ? search.order : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : undefined,
  };
  return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined)) as ArchivedSearch;
}
