import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { eserviceEndpoints as endpoints } from '../../../../shared/endpoints/eservices';
import { callEndpoint } from '../../../kit/api-client';
import { ESERVICE_PAGE_SIZE, type EserviceListSearch } from '../lib/list-search';
import { eserviceKeys } from './query-keys';

/** The e-services register, filtered and paged, and whether the person may add one. */
export function useEservices(search: EserviceListSearch) {
  return useQuery({
    queryKey: eserviceKeys.list(search),
    queryFn: ({ signal }) =>
      callEndpoint(endpoints.list, { query: { q: search.q, step: search.step === undefined ? undefined : Number(search.step), candidate: search.candidate, page: search.page, pageSize: ESERVICE_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}
