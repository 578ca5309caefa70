import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../app/api-client';
import { portfolioKeys } from './query-keys';

export interface ApplicationName {
  id: string;
  name: string;
}

/** Every live system's id and name, to show and choose a project's systems by name. */
export function useApplicationNames() {
  return useQuery({
    queryKey: [...portfolioKeys.all, 'application-names'] as const,
    queryFn: ({ signal }) => apiRequest<{ items: ApplicationName[] }>('/applications/names', { signal }),
    select: (data) => data.items,
    staleTime: 60_000,
  });
}
