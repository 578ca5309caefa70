import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DocumentInputDraft } from '../../../../shared/documents';
import { documentEndpoints as endpoints } from '../../../../shared/endpoints/documents';
import { callEndpoint } from '../../../kit/api-client';
import { documentKeys } from './query-keys';

/** Starts a steering document as a draft (also the last step of an import). */
export function useCreateDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DocumentInputDraft) => callEndpoint(endpoints.create, { body: input }),
    onSuccess: async (created) => {
      queryClient.setQueryData(documentKeys.detail(created.id), created);
      await queryClient.invalidateQueries({ queryKey: documentKeys.all, refetchType: 'none' });
    },
  });
}
