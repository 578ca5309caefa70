import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DocumentInputDraft, SteeringDocument } from '../../../../shared/documents';
import { apiRequest } from '../../../app/api-client';
import { documentKeys } from './query-keys';

/** Starts a steering document as a draft (also the last step of an import). */
export function useCreateDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DocumentInputDraft) => apiRequest<SteeringDocument>('/documents', { method: 'POST', body: input }),
    onSuccess: async (created) => {
      queryClient.setQueryData(documentKeys.detail(created.id), created);
      await queryClient.invalidateQueries({ queryKey: documentKeys.all, refetchType: 'none' });
    },
  });
}
