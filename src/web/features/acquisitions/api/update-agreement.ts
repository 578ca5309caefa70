import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AgreementInputDraft } from '../../../../shared/agreements';
import { agreementEndpoints as endpoints } from '../../../../shared/endpoints/agreements';
import { callEndpoint } from '../../../kit/api-client';
import { acquisitionKeys } from './query-keys';

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
      callEndpoint(endpoints.update, { params: { id }, body: input, ifMatch: rowVersion }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(acquisitionKeys.agreement(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: acquisitionKeys.all, refetchType: 'none' });
    },
  });
}
