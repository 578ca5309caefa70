import { useQuery } from '@tanstack/react-query';
import { councilEndpoints as endpoints } from '../../../../shared/endpoints/council';
import { callEndpoint } from '../../../kit/api-client';
import { councilKeys } from './query-keys';

/** One meeting with its agenda (§) and the decisions taken. */
export function useMeeting(id: string) {
  return useQuery({
    queryKey: councilKeys.meeting(id),
    queryFn: ({ signal }) => callEndpoint(endpoints.meeting, { params: { id }, signal }),
  });
}
