import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DocumentInputDraft } from '../../../../shared/documents';
import { documentEndpoints as endpoints } from '../../../../shared/endpoints/documents';
import { callEndpoint } from '../../../kit/api-client';
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
      callEndpoint(endpoints.update, { params: { id }, body: input, ifMatch: rowVersion }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(documentKeys.detail(updated.id), updated);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: documentKeys.all, predicate: (query) => query.queryKey[1] !== 'detail' }),
        queryClient.invalidateQueries({ queryKey: GOALS_PREFIX }),
      ]);
    },
  });
}
