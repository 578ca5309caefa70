import { useQuery } from '@tanstack/react-query';
import { applicationEndpoints as endpoints } from '../../../../shared/endpoints/applications';
import { callEndpoint } from '../../../kit/api-client';
import { applicationKeys } from './query-keys';

export function useApplicationHistory(id: string) {
  return useQuery({
    queryKey: applicationKeys.history(id),
    queryFn: ({ signal }) =>
      callEndpoint(endpoints.history, { params: { id }, signal }),
    select: (data) => data.items,
  });
}
