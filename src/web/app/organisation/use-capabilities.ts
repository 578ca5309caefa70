import { useQuery } from '@tanstack/react-query';
import type { Capability } from '../../../shared/organisation';
import { apiRequest } from '../api-client';

export function useCapabilities() {
  return useQuery({
    queryKey: ['capabilities'],
    queryFn: ({ signal }) => apiRequest<{ items: Capability[] }>('/capabilities', { signal }),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
}
