import { useQuery } from '@tanstack/react-query';
import { acquisitionEndpoints as endpoints } from '../../../../shared/endpoints/acquisitions';
import { callEndpoint } from '../../../kit/api-client';
import { acquisitionKeys } from './query-keys';

/** One need with its route, every answer (replaced ones too), attachments and what the person may do. */
export function useAcquisition(id: string) {
  return useQuery({
    queryKey: acquisitionKeys.detail(id),
    queryFn: ({ signal }) => callEndpoint(endpoints.get, { params: { id }, signal }),
  });
}
