import { useQuery } from '@tanstack/react-query';
import type { Person } from '../../../shared/organisation';
import { apiRequest } from '../api-client';

export function usePeople() {
  return useQuery({
    queryKey: ['people'],
    queryFn: ({ signal }) => apiRequest<{ items: Person[] }>('/people', { signal }),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
}
