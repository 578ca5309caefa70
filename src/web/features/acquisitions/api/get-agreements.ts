import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { agreementEndpoints as endpoints } from '../../../../shared/endpoints/agreements';
import { callEndpoint } from '../../../kit/api-client';
import { AGREEMENT_PAGE_SIZE, type AgreementListSearch } from '../lib/agreement-search';
import { acquisitionKeys } from './query-keys';

/** The agreements register, filtered and paged, and whether the person may add an agreement. */
export function useAgreements(search: AgreementListSearch) {
  return useQuery({
    queryKey: acquisitionKeys.agreements(search),
    queryFn: ({ signal }) => callEndpoint(endpoints.list, { query: { ...search, pageSize: AGREEMENT_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}
