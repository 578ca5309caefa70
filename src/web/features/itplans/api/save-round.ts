import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { openRoundInput, roundInput } from '../../../../shared/itplans';
import { itplanEndpoints as endpoints } from '../../../../shared/endpoints/itplans';
import { callEndpoint } from '../../../kit/api-client';
import { itplanKeys } from './query-keys';

export type OpenRoundDraft = z.input<typeof openRoundInput>;
export type RoundDraft = z.input<typeof roundInput>;

/** Opens a planning round: every department asked gets its plan. */
export function useOpenRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OpenRoundDraft) => callEndpoint(endpoints.openRound, { body: input }),
    onSuccess: async (round) => {
      queryClient.setQueryData(itplanKeys.round(round.id), round);
      await queryClient.invalidateQueries({ queryKey: itplanKeys.all, refetchType: 'none' });
    },
  });
}

/** Changes an open round; a 412 means someone else saved first. */
export function useUpdateRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion, input }: { id: string; rowVersion: number; input: RoundDraft }) =>
      callEndpoint(endpoints.updateRound, { params: { id }, body: input, ifMatch: rowVersion }),
    onSuccess: async (round) => {
      queryClient.setQueryData(itplanKeys.round(round.id), round);
      await queryClient.invalidateQueries({ queryKey: itplanKeys.all, refetchType: 'none' });
    },
  });
}
