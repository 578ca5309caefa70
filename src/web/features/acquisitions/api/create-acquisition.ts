import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AcquisitionInputDraft } from '../../../../shared/acquisitions';
import { acquisitionEndpoints as endpoints } from '../../../../shared/endpoints/acquisitions';
import { callEndpoint } from '../../../kit/api-client';
import { acquisitionKeys, COUNCIL_PREFIX } from './query-keys';

/** Reports a need (anmälan); the route starts at its first question. */
export function useCreateAcquisition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AcquisitionInputDraft) => callEndpoint(endpoints.report, { body: input }),
    onSuccess: async (created) => {
      queryClient.setQueryData(acquisitionKeys.detail(created.id), created);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: acquisitionKeys.all, refetchType: 'none' }),
        // Every acquisition is reported to the IT council: its inbox grows.
        queryClient.invalidateQueries({ queryKey: COUNCIL_PREFIX, refetchType: 'none' }),
      ]);
    },
  });
}
