import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BodyInputOf } from '../../../../shared/endpoint';
import { councilEndpoints as endpoints } from '../../../../shared/endpoints/council';
import { callEndpoint } from '../../../kit/api-client';
import { councilKeys } from './query-keys';

/** Calls a new meeting of the IT council (or another deciding body). */
export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BodyInputOf<typeof endpoints.createMeeting>) => callEndpoint(endpoints.createMeeting, { body: input }),
    onSuccess: async (created) => {
      queryClient.setQueryData(councilKeys.meeting(created.id), created);
      await queryClient.invalidateQueries({ queryKey: councilKeys.meetings() });
    },
  });
}
