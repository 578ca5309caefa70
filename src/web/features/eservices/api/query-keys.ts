import type { EserviceListSearch } from '../lib/list-search';

/** Every query of this feature starts with 'eservices', so one invalidation refreshes them all. */
export const eserviceKeys = {
  all: ['eservices'] as const,
  list: (search: EserviceListSearch) => ['eservices', 'list', search] as const,
  detail: (id: string) => ['eservices', 'detail', id] as const,
  ladder: ['eservices', 'ladder'] as const,
  systems: ['eservices', 'system-names'] as const,
  openPlans: ['eservices', 'open-plans'] as const,
};
