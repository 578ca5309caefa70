import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AgreementInputDraft } from '../../../../shared/agreements';
import { agreementEndpoints as endpoints } from '../../../../shared/endpoints/agreements';
import { callEndpoint } from '../../../kit/api-client';
import { acquisitionKeys } from './query-keys';

/** Adds an agreement (framework agreement or contract) to the register. */
export function useCreateAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AgreementInputDraft) => callEndpoint(endpoints.create, { body: input }),
    onSuccess: async (created) => {
      queryClient.setQueryData(acquisitionKeys.agreement(created.id), created);
      await queryClient.invalidateQueries({ queryKey: acquisitionKeys.all, refetchType: 'none' });
    },
  });
}
