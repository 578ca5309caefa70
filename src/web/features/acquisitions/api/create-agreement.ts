import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AgreementInputDraft } from '../../../../shared/acquisitions';
import { apiRequest } from '../../../app/api-client';
import { acquisitionKeys } from './query-keys';
import type { AgreementDetail } from './types';

/** Adds an agreement (framework agreement or contract) to the register. */
export function useCreateAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AgreementInputDraft) => apiRequest<AgreementDetail>('/agreements', { method: 'POST', body: input }),
    onSuccess: async (created) => {
      queryClient.setQueryData(acquisitionKeys.agreement(created.id), created);
      await queryClient.invalidateQueries({ queryKey: acquisitionKeys.all, refetchType: 'none' });
    },
  });
}
