import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { acquisitionEndpoints as endpoints } from '../../../../shared/endpoints/acquisitions';
import { callEndpoint } from '../../../kit/api-client';
import { PAGE_SIZE, type AcquisitionListSearch } from '../lib/list-search';
import { acquisitionKeys } from './query-keys';

/** Reported needs, filtered and paged, and whether the person may report one. */
export function useAcquisitions(search: AcquisitionListSearch) {
  return useQuery({
    queryKey: acquisitionKeys.list(search),
    queryFn: ({ signal }) => callEndpoint(endpoints.list, { query: { ...search, pageSize: PAGE_SIZE }, signal }),
    // Keep the old page on screen while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}
