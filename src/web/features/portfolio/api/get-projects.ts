import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { portfolioEndpoints as endpoints } from '../../../../shared/endpoints/portfolio';
import { callEndpoint } from '../../../kit/api-client';
import { portfolioKeys } from './query-keys';
import type { ProjectListSearch } from './types';

/** Projects per page of the portfolio table. */
const PROJECT_PAGE_SIZE = 50;

/** One page of the portfolio, filtered, with the sums over all matches and whether the person may add a project. */
export function useProjects(search: ProjectListSearch) {
  return useQuery({
    queryKey: portfolioKeys.list(search),
    queryFn: ({ signal }) => callEndpoint(endpoints.list, { query: { ...search, pageSize: PROJECT_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}
