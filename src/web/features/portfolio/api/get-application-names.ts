import { useQuery } from '@tanstack/react-query';
import { applicationEndpoints } from '../../../../shared/endpoints/applications';
import { callEndpoint } from '../../../kit/api-client';
import { portfolioKeys } from './query-keys';

/** Every live system's id and name, to show and choose a project's systems by name. */
export function useApplicationNames() {
  return useQuery({
    queryKey: [...portfolioKeys.all, 'application-names'] as const,
    queryFn: ({ signal }) => callEndpoint(applicationEndpoints.names, { signal }),
    select: (data) => data.items,
    staleTime: 60_000,
  });
}
