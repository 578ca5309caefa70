import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { portfolioEndpoints as endpoints } from '../../../../shared/endpoints/portfolio';
import { callEndpoint } from '../../../app/api-client';
import { portfolioKeys } from './query-keys';
import type { ProjectListSearch } from './types';

/** The portfolio, filtered, with its sums and whether the person may add a project. */
export function useProjects(search: ProjectListSearch) {
  return useQuery({
    queryKey: portfolioKeys.list(search),
    queryFn: ({ signal }) => callEndpoint(endpoints.list, { query: search, signal }),
    placeholderData: keepPreviousData,
  });
}
