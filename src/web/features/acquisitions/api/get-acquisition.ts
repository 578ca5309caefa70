import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../app/api-client';
import { acquisitionKeys } from './query-keys';
import type { AcquisitionDetail } from './types';

/** One need with its route, every answer (replaced ones too), attachments and what the person may do. */
export function useAcquisition(id: string) {
  return useQuery({
    queryKey: acquisitionKeys.detail(id),
    queryFn: ({ signal }) => apiRequest<AcquisitionDetail>(`/acquisitions/${encodeURIComponent(id)}`, { signal }),
  });
}
