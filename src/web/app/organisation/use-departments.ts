import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Department } from '../../../shared/organisation';
import { apiRequest } from '../api-client';

export interface DepartmentList {
  items: Department[];
  /** Whether the person signed in may add, rename and archive departments. */
  allowedManage: boolean;
}

/** One key and fetcher wherever the departments are read, so a rename in the admin area shows everywhere. */
export const departmentsQueryOptions = queryOptions({
  queryKey: ['departments'] as const,
  queryFn: ({ signal }) => apiRequest<DepartmentList>('/departments', { signal }),
});

export const departmentsQueryKey = departmentsQueryOptions.queryKey;

export function useDepartments() {
  return useQuery({ ...departmentsQueryOptions, select: (data) => data.items, staleTime: 5 * 60_000 });
}
