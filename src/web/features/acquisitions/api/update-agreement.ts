import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AgreementInputDraft } from '../../../../shared/acquisitions';
import { apiRequest } from '../../../app/api-client';
import { acquisitionKeys } from './query-keys';
import type { AgreementDetail } from './types';

export interface UpdateAgreementVariables {
  id: string;
  rowVersion: number;
  input: AgreementInputDraft;
}

/** Saves the whole agreement; a 412 means someone else saved first. */
export function useUpdateAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion, input }: UpdateAgreementVariables) =>
      apiRequest<AgreementDetail>(`/agreements/${encodeURIComponent(id)}`, { method: 'PUT', body: input, ifMatch: rowVersion }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(acquisitionKeys.agreement(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: acquisitionKeys.all, refetchType: 'none' });
    },
  });
}
