import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../app/api-client';
import { acquisitionKeys } from './query-keys';

export interface SystemName {
  id: string;
  name: string;
}

/** Every live system of the municipality by name, so a system Roder did not propose can be chosen too. */
export function useSystemNames(enabled: boolean) {
  return useQuery({
    queryKey: [...acquisitionKeys.all, 'system-names'] as const,
    queryFn: ({ signal }) => apiRequest<{ items: SystemName[] }>('/applications/names', { signal }),
    select: (data) => data.items,
    staleTime: 60_000,
    enabled,
  });
}
