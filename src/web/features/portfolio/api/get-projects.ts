import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest, apiUrl } from '../../../app/api-client';
import { portfolioKeys } from './query-keys';
import type { ProjectList, ProjectListSearch } from './types';

/** The portfolio, filtered, with its sums and whether the person may add a project. */
export function useProjects(search: ProjectListSearch) {
  return useQuery({
    queryKey: portfolioKeys.list(search),
    queryFn: ({ signal }) => apiRequest<ProjectList>(apiUrl('/projects', { ...search }), { signal }),
    placeholderData: keepPreviousData,
  });
}
