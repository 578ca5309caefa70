import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { applicationEndpoints as endpoints } from '../../../../shared/endpoints/applications';
import { callEndpoint, endpointUrl } from '../../../kit/api-client';
import type { ListSearch } from '../lib/list-search';
import { applicationKeys } from './query-keys';

export function applicationListUrl(search: ListSearch, endpoint: typeof endpoints.list | typeof endpoints.export = endpoints.list): string {
  return endpointUrl(endpoint, { query: search });
}

export function useApplications(search: ListSearch) {
  return useQuery({
    queryKey: applicationKeys.list(search),
    queryFn: ({ signal }) => callEndpoint(endpoints.list, { query: search, signal }),
    // Keep the old page on screen while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}
