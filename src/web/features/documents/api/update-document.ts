import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DocumentInputDraft, SteeringDocument } from '../../../../shared/documents';
import { apiRequest } from '../../../app/api-client';
import { documentKeys, GOALS_PREFIX } from './query-keys';

export interface UpdateDocumentVariables {
  id: string;
  /** The row version the person edited; a newer one on the server answers 412, never an overwrite. */
  rowVersion: number;
  input: DocumentInputDraft;
}

export function useUpdateDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion, input }: UpdateDocumentVariables) =>
      apiRequest<SteeringDocument>(`/documents/${encodeURIComponent(id)}`, { method: 'PUT', body: input, ifMatch: rowVersion }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(documentKeys.detail(updated.id), updated);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: documentKeys.all, predicate: (query) => query.queryKey[1] !== 'detail' }),
        queryClient.invalidateQueries({ queryKey: GOALS_PREFIX }),
      ]);
    },
  });
}
