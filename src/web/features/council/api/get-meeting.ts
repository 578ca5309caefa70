import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../app/api-client';
import { councilKeys } from './query-keys';
import type { Meeting } from './types';

/** One meeting with its agenda (§) and the decisions taken. */
export function useMeeting(id: string) {
  return useQuery({
    queryKey: councilKeys.meeting(id),
    queryFn: ({ signal }) => apiRequest<Meeting>(`/council/meetings/${encodeURIComponent(id)}`, { signal }),
  });
}
