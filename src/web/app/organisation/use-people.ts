import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Person } from '../../../shared/organisation';
import { apiRequest } from '../api-client';

export interface PersonList {
  items: Person[];
  /** Whether the person signed in may add, change and archive people. */
  allowedManage: boolean;
}

/** One key and fetcher wherever the people are read, so the admin area's changes reach every picker. */
export const peopleQueryOptions = queryOptions({
  queryKey: ['people'] as const,
  queryFn: ({ signal }) => apiRequest<PersonList>('/people', { signal }),
});

export const peopleQueryKey = peopleQueryOptions.queryKey;

export function usePeople() {
  return useQuery({ ...peopleQueryOptions, select: (data) => data.items, staleTime: 5 * 60_000 });
}
