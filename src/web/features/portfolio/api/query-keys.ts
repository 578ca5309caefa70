import type { ProjectListSearch } from './types';

/** Every query of this feature starts with 'portfolio', so one invalidation refreshes them all. */
export const portfolioKeys = {
  all: ['portfolio'] as const,
  list: (search: ProjectListSearch) => ['portfolio', 'list', search] as const,
  detail: (id: string) => ['portfolio', 'detail', id] as const,
  rules: () => ['portfolio', 'rules'] as const,
};
