import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../app/api-client';
import { ACQUISITIONS_PREFIX } from './query-keys';

interface AcquisitionChoice {
  id: string;
  title: string;
  departmentName: string;
}

/** Reported acquisitions by title, to put one on the agenda. */
export function useAcquisitionChoices(enabled: boolean) {
  return useQuery({
    queryKey: [...ACQUISITIONS_PREFIX, 'council-choices'] as const,
    queryFn: ({ signal }) => apiRequest<{ items: AcquisitionChoice[] }>('/acquisitions?pageSize=200', { signal }),
    select: (data) => data.items,
    staleTime: 60_000,
    enabled,
  });
}
