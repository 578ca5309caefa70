import { useQuery } from '@tanstack/react-query';
import { eserviceEndpoints as endpoints } from '../../../../shared/endpoints/eservices';
import { callEndpoint } from '../../../kit/api-client';
import { eserviceKeys } from './query-keys';

/** One e-service with its systems and its digitisation valuation. */
export function useEservice(id: string) {
  return useQuery({
    queryKey: eserviceKeys.detail(id),
    queryFn: ({ signal }) => callEndpoint(endpoints.get, { params: { id }, signal }),
  });
}
