export interface DetailSearch {
  tab?: 'history';
}

export function validateDetailSearch(search: Record<string, unknown>): DetailSearch {
  return search.tab === 'history' ? { tab: 'history' } : {};
}
