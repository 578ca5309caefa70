import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest, apiUrl } from '../../../app/api-client';
import { PAGE_SIZE, type AcquisitionListSearch } from '../lib/list-search';
import { acquisitionKeys } from './query-keys';
import type { AcquisitionList } from './types';

/** Reported needs, filtered and paged, and whether the person may report one. */
export function useAcquisitions(search: AcquisitionListSearch) {
  return useQuery({
    queryKey: acquisitionKeys.list(search),
    queryFn: ({ signal }) => apiRequest<AcquisitionList>(apiUrl('/acquisitions', { ...search, pageSize: PAGE_SIZE }), { signal }),
    // Keep the old page on screen while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}
