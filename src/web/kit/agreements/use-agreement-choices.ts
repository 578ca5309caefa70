import { useQuery } from '@tanstack/react-query';
import { agreementEndpoints } from '../../../shared/endpoints/agreements';
import { callEndpoint } from '../api-client';

/**
 * Every agreement of the agreements register (up to the API's page limit), to choose one: the
 * agreement a purchase was made under, or a system's contract. Shared by the acquisitions and the
 * register; the key sits under the acquisitions feature's prefix, so its changes refresh it.
 */
export function useAgreementChoices(enabled = true) {
  return useQuery({
    queryKey: ['acquisitions', 'agreement-choices'] as const,
    queryFn: ({ signal }) => callEndpoint(agreementEndpoints.list, { query: { pageSize: 200 }, signal }),
    select: (data) => data.items,
    staleTime: 60_000,
    enabled,
  });
}
