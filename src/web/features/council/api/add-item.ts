import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { itemInput } from '../../../../shared/council';
import { apiRequest } from '../../../app/api-client';
import { councilKeys } from './query-keys';

export interface AddItemVariables {
  meetingId: string;
  input: z.input<typeof itemInput>;
}

/** Puts a matter (ärende) on a meeting's agenda; it gets the next § number. */
export function useAddItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ meetingId, input }: AddItemVariables) =>
      apiRequest<unknown>(`/council/meetings/${encodeURIComponent(meetingId)}/items`, { method: 'POST', body: input }),
    onSuccess: async (_, { meetingId }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: councilKeys.meeting(meetingId) }),
        queryClient.invalidateQueries({ queryKey: councilKeys.meetings() }),
      ]);
    },
  });
}
