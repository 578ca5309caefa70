import { useQuery } from '@tanstack/react-query';
import { applicationEndpoints } from '../../../../shared/endpoints/applications';
import { callEndpoint } from '../../../kit/api-client';
import { eserviceKeys } from './query-keys';

/** Every live system of the municipality by name, to choose the systems behind a service. */
export function useSystemNames() {
  return useQuery({
    queryKey: eserviceKeys.systems,
    queryFn: ({ signal }) => callEndpoint(applicationEndpoints.names, { signal }),
    select: (data) => data.items,
    staleTime: 60_000,
  });
}
