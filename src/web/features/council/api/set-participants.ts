import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BodyInputOf } from '../../../../shared/endpoint';
import { councilEndpoints as endpoints } from '../../../../shared/endpoints/council';
import { callEndpoint } from '../../../kit/api-client';
import { councilKeys } from './query-keys';

export interface SetParticipantsVariables {
  meetingId: string;
  rowVersion: number;
  input: BodyInputOf<typeof endpoints.participants>;
}

/** Records who attended a meeting and in what capacity; 412 when someone changed the meeting first. */
export function useSetParticipants() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ meetingId, rowVersion, input }: SetParticipantsVariables) =>
      callEndpoint(endpoints.participants, { params: { id: meetingId }, body: input, ifMatch: rowVersion }),
    onSuccess: (meeting, { meetingId }) => {
      queryClient.setQueryData(councilKeys.meeting(meetingId), meeting);
    },
  });
}
