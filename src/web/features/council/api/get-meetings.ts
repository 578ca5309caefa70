import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../app/api-client';
import { councilKeys } from './query-keys';
import type { MeetingList } from './types';

/** The IT council's meetings, newest first. */
export function useMeetings() {
  return useQuery({ queryKey: councilKeys.meetings(), queryFn: ({ signal }) => apiRequest<MeetingList>('/council/meetings', { signal }) });
}
