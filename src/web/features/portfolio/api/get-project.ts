import { useQuery } from '@tanstack/react-query';
import { portfolioEndpoints as endpoints } from '../../../../shared/endpoints/portfolio';
import { callEndpoint } from '../../../kit/api-client';
import { portfolioKeys } from './query-keys';

/** One project with its valuation, post-calculation, follow-ups and what the person may do. */
export function useProject(id: string) {
  return useQuery({
    queryKey: portfolioKeys.detail(id),
    queryFn: ({ signal }) => callEndpoint(endpoints.get, { params: { id }, signal }),
  });
}
