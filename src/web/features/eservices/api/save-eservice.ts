import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EserviceInputDraft } from '../../../../shared/eservices';
import { eserviceEndpoints as endpoints } from '../../../../shared/endpoints/eservices';
import { callEndpoint } from '../../../kit/api-client';
import { eserviceKeys } from './query-keys';

/** Adds an e-service or a candidate to the register. */
export function useCreateEservice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EserviceInputDraft) => callEndpoint(endpoints.create, { body: input }),
    onSuccess: async (created) => {
      queryClient.setQueryData(eserviceKeys.detail(created.id), created);
      await queryClient.invalidateQueries({ queryKey: eserviceKeys.all, refetchType: 'none' });
    },
  });
}

/** Saves the whole e-service; a 412 means someone else saved first. */
export function useUpdateEservice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion, input }: { id: string; rowVersion: number; input: EserviceInputDraft }) =>
      callEndpoint(endpoints.update, { params: { id }, body: input, ifMatch: rowVersion }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(eserviceKeys.detail(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: eserviceKeys.all, refetchType: 'none' });
    },
  });
}
