import { useQuery } from '@tanstack/react-query';
import { applicationEndpoints as endpoints } from '../../../../shared/endpoints/applications';
import { callEndpoint } from '../../../kit/api-client';
import { applicationKeys } from './query-keys';

export function useOverlaps() {
  return useQuery({
    queryKey: applicationKeys.overlaps(),
    queryFn: ({ signal }) => callEndpoint(endpoints.overlaps, { signal }),
  });
}
