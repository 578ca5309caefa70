import { useQuery } from '@tanstack/react-query';
import { organisationEndpoints as endpoints } from '../../../shared/endpoints/organisation';
import { callEndpoint } from '../api-client';

export function useCapabilities() {
  return useQuery({
    queryKey: ['capabilities'],
    queryFn: ({ signal }) => callEndpoint(endpoints.capabilities, { signal }),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
}
