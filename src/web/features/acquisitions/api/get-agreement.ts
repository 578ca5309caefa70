import { useQuery } from '@tanstack/react-query';
import { agreementEndpoints as endpoints } from '../../../../shared/endpoints/agreements';
import { callEndpoint } from '../../../kit/api-client';
import { acquisitionKeys } from './query-keys';

/** One agreement with its scope, the systems under it and the acquisitions that used it. */
export function useAgreement(id: string) {
  return useQuery({
    queryKey: acquisitionKeys.agreement(id),
    queryFn: ({ signal }) => callEndpoint(endpoints.get, { params: { id }, signal }),
  });
}
