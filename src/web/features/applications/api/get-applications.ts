import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ApplicationList } from '../../../../shared/applications';
import { apiRequest, apiUrl } from '../../../app/api-client';
import type { ListSearch } from '../lib/list-search';
import { applicationKeys } from './query-keys';

export function applicationListUrl(search: ListSearch, path = '/applications'): string {
  return apiUrl(path, { ...search });
}

export function useApplications(search: ListSearch) {
  return useQuery({
    queryKey: applicationKeys.list(search),
    queryFn: ({ signal }) => apiRequest<ApplicationList>(applicationListUrl(search), { signal }),
    // Keep the old page on screen while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}
