import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest, apiUrl } from '../../../app/api-client';
import { AGREEMENT_PAGE_SIZE, type AgreementListSearch } from '../lib/agreement-search';
import { acquisitionKeys } from './query-keys';
import type { AgreementList } from './types';

/** The agreements register, filtered and paged, and whether the person may add an agreement. */
export function useAgreements(search: AgreementListSearch) {
  return useQuery({
    queryKey: acquisitionKeys.agreements(search),
    queryFn: ({ signal }) => apiRequest<AgreementList>(apiUrl('/agreements', { ...search, pageSize: AGREEMENT_PAGE_SIZE }), { signal }),
    placeholderData: keepPreviousData,
  });
}
