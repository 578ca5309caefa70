import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AcquisitionInputDraft } from '../../../../shared/acquisitions';
import { acquisitionEndpoints as endpoints } from '../../../../shared/endpoints/acquisitions';
import { callEndpoint } from '../../../kit/api-client';
import { acquisitionKeys } from './query-keys';

export interface UpdateAcquisitionVariables {
  id: string;
  rowVersion: number;
  input: AcquisitionInputDraft;
}

/** Saves the need itself; a 412 means someone else saved first. */
export function useUpdateAcquisition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion, input }: UpdateAcquisitionVariables) =>
      callEndpoint(endpoints.update, { params: { id }, body: input, ifMatch: rowVersion }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(acquisitionKeys.detail(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: acquisitionKeys.all, refetchType: 'none' });
    },
  });
}
