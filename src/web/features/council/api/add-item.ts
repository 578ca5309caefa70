import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BodyInputOf } from '../../../../shared/endpoint';
import { councilEndpoints as endpoints } from '../../../../shared/endpoints/council';
import { callEndpoint } from '../../../kit/api-client';
import { councilKeys } from './query-keys';

export interface AddItemVariables {
  meetingId: string;
  input: BodyInputOf<typeof endpoints.addItem>;
}

/** Puts a matter (ärende) on a meeting's agenda; it gets the next § number. */
export function useAddItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ meetingId, input }: AddItemVariables) =>
      callEndpoint(endpoints.addItem, { params: { id: meetingId }, body: input }),
    onSuccess: async (_, { meetingId }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: councilKeys.meeting(meetingId) }),
        queryClient.invalidateQueries({ queryKey: councilKeys.meetings() }),
      ]);
    },
  });
}
