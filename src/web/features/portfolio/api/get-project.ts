import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../app/api-client';
import { portfolioKeys } from './query-keys';
import type { Project } from './types';

/** One project with its valuation, post-calculation, follow-ups and what the person may do. */
export function useProject(id: string) {
  return useQuery({
    queryKey: portfolioKeys.detail(id),
    queryFn: ({ signal }) => apiRequest<Project>(`/projects/${encodeURIComponent(id)}`, { signal }),
  });
}
