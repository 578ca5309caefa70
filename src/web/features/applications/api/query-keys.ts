import type { ListSearch } from '../lib/list-search';

/** Every query of this feature starts with 'applications', so one invalidation refreshes them all. */
export const applicationKeys = {
  all: ['applications'] as const,
  list: (search: ListSearch) => ['applications', 'list', search] as const,
  options: () => ['applications', 'options'] as const,
  detail: (id: string) => ['applications', 'detail', id] as const,
  history: (id: string) => ['applications', 'history', id] as const,
  overlaps: () => ['applications', 'overlaps'] as const,
};
