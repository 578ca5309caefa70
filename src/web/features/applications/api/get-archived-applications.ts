import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { applicationEndpoints as endpoints } from '../../../../shared/endpoints/applications';
import { callEndpoint } from '../../../kit/api-client';
import { ARCHIVED_PAGE_SIZE, type ArchivedSearch } from '../lib/archived-search';
import { applicationKeys } from './query-keys';

/** Archived systems only (admin): the register's list call with `archived=true`. Newest archived first. */
export function useArchivedApplications(search: ArchivedSearch, enabled = true) {
  return useQuery({
    queryKey: applicationKeys.archived(search),
    queryFn: ({ signal }) =>
      callEndpoint(endpoints.list, {
        query: {
          archived: 'true',
          sort: search.sort ?? 'updatedAt',
          order: search.order ?? (search.sort === 'name' ? 'asc' : 'desc'),
          page: search.page,
          pageSize: ARCHIVED_PAGE_SIZE,
        },
        signal,
      }),
    enabled,
    placeholderData: keepPreviousData,
  });
}
