import { useQuery } from '@tanstack/react-query';
import { acquisitionEndpoints } from '../../../../shared/endpoints/acquisitions';
import { callEndpoint } from '../../../kit/api-client';
import { ACQUISITIONS_PREFIX } from './query-keys';

/** Reported acquisitions by title, to put one on the agenda. */
export function useAcquisitionChoices(enabled: boolean) {
  return useQuery({
    queryKey: [...ACQUISITIONS_PREFIX, 'council-choices'] as const,
    queryFn: ({ signal }) => callEndpoint(acquisitionEndpoints.list, { query: { pageSize: 200 }, signal }),
    select: (data) => data.items,
    staleTime: 60_000,
    enabled,
  });
}
