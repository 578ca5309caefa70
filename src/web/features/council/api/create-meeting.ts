import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { meetingInput } from '../../../../shared/council';
import { apiRequest } from '../../../app/api-client';
import { councilKeys } from './query-keys';
import type { Meeting } from './types';

/** Calls a new meeting of the IT council (or another deciding body). */
export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof meetingInput>) => apiRequest<Meeting>('/council/meetings', { method: 'POST', body: input }),
    onSuccess: async (created) => {
      queryClient.setQueryData(councilKeys.meeting(created.id), created);
      await queryClient.invalidateQueries({ queryKey: councilKeys.meetings() });
    },
  });
}
