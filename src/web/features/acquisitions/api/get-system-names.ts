import { useQuery } from '@tanstack/react-query';
import { applicationEndpoints } from '../../../../shared/endpoints/applications';
import { callEndpoint } from '../../../kit/api-client';
import { acquisitionKeys } from './query-keys';

/** Every live system of the municipality by name, so a system Roder did not propose can be chosen too. */
export function useSystemNames(enabled: boolean) {
  return useQuery({
    queryKey: [...acquisitionKeys.all, 'system-names'] as const,
    queryFn: ({ signal }) => callEndpoint(applicationEndpoints.names, { signal }),
    select: (data) => data.items,
    staleTime: 60_000,
    enabled,
  });
}
