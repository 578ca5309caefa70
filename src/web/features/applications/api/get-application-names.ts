import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../app/api-client';
import { applicationKeys } from './query-keys';

export interface ApplicationName {
  id: string;
  name: string;
}

/** Every live system's id and name in one call, for choosing integration targets. */
export function useApplicationNames() {
  return useQuery({
    queryKey: applicationKeys.names(),
    queryFn: ({ signal }) => apiRequest<{ items: ApplicationName[] }>('/applications/names', { signal }),
    select: (data) => data.items,
    staleTime: 60_000,
  });
}
