import { useQuery } from '@tanstack/react-query';
import { applicationEndpoints as endpoints } from '../../../../shared/endpoints/applications';
import { callEndpoint } from '../../../kit/api-client';
import { applicationKeys } from './query-keys';

/** Every live system's id and name in one call, for choosing integration targets. */
export function useApplicationNames() {
  return useQuery({
    queryKey: applicationKeys.names(),
    queryFn: ({ signal }) => callEndpoint(endpoints.names, { signal }),
    select: (data) => data.items,
    staleTime: 60_000,
  });
}
