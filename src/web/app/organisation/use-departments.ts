import { useQuery } from '@tanstack/react-query';
import type { Department } from '../../../shared/organisation';
import { apiRequest } from '../api-client';

export function useDepartments() {
  return useQuery({
    queryKey: ['departments'],
    queryFn: ({ signal }) => apiRequest<{ items: Department[] }>('/departments', { signal }),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
}
