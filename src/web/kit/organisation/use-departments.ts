import { queryOptions, useQuery } from '@tanstack/react-query';
import { organisationEndpoints as endpoints } from '../../../shared/endpoints/organisation';
import { callEndpoint } from '../api-client';

/** One key and fetcher wherever the departments are read, so a rename in the admin area shows everywhere. */
export const departmentsQueryOptions = queryOptions({
  queryKey: ['departments'] as const,
  queryFn: ({ signal }) => callEndpoint(endpoints.departments, { signal }),
});

export const departmentsQueryKey = departmentsQueryOptions.queryKey;

export function useDepartments() {
  return useQuery({ ...departmentsQueryOptions, select: (data) => data.items, staleTime: 5 * 60_000 });
}
