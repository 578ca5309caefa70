import { useQuery } from '@tanstack/react-query';
import type { OverlapReport } from '../../../../shared/applications';
import { apiRequest } from '../../../app/api-client';
import { applicationKeys } from './query-keys';

export function useOverlaps() {
  return useQuery({
    queryKey: applicationKeys.overlaps(),
    queryFn: ({ signal }) => apiRequest<OverlapReport>('/applications/overlaps', { signal }),
  });
}
