import type { ArchivedSearch } from '../lib/archived-search';
import type { ListSearch } from '../lib/list-search';

/** Every query of this feature starts with 'applications', so one invalidation refreshes them all. */
export const applicationKeys = {
  all: ['applications'] as const,
  list: (search: ListSearch) => ['applications', 'list', search] as const,
  names: () => ['applications', 'names'] as const,
  archived: (search: ArchivedSearch) => ['applications', 'archived', search] as const,
  detail: (id: string) => ['applications', 'detail', id] as const,
  duplicates: (id: string) => ['applications', 'duplicates', id] as const,
  overlaps: () => ['applications', 'overlaps'] as const,
};
