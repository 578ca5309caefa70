import { useQuery } from '@tanstack/react-query';
import { eserviceEndpoints as endpoints } from '../../../../shared/endpoints/eservices';
import { callEndpoint } from '../../../kit/api-client';
import { eserviceKeys } from './query-keys';

/** Statskontoret's ladder: services per step now and per year, the weighted digital share, the best candidates. */
export function useLadder() {
  return useQuery({
    queryKey: eserviceKeys.ladder,
    queryFn: ({ signal }) => callEndpoint(endpoints.ladder, { signal }),
  });
}
