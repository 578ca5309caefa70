import { queryOptions, useQuery } from '@tanstack/react-query';
import { organisationEndpoints as endpoints } from '../../../shared/endpoints/organisation';
import { callEndpoint } from '../api-client';

/** One key and fetcher wherever the people are read, so the admin area's changes reach every picker. */
export const peopleQueryOptions = queryOptions({
  queryKey: ['people'] as const,
  queryFn: ({ signal }) => callEndpoint(endpoints.people, { signal }),
});

export const peopleQueryKey = peopleQueryOptions.queryKey;

export function usePeople() {
  return useQuery({ ...peopleQueryOptions, select: (data) => data.items, staleTime: 5 * 60_000 });
}
