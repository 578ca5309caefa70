import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AcquisitionInputDraft } from '../../../../shared/acquisitions';
import { apiRequest } from '../../../app/api-client';
import { acquisitionKeys } from './query-keys';
import type { AcquisitionDetail } from './types';

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
      apiRequest<AcquisitionDetail>(`/acquisitions/${encodeURIComponent(id)}`, { method: 'PUT', body: input, ifMatch: rowVersion }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(acquisitionKeys.detail(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: acquisitionKeys.all, refetchType: 'none' });
    },
  });
}
