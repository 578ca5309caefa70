import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DocumentTypeInput } from '../../../../shared/documents';
import { documentEndpoints as endpoints } from '../../../../shared/endpoints/documents';
import { callEndpoint } from '../../../kit/api-client';
import { documentKeys } from './query-keys';

export interface UpdateDocumentTypeVariables {
  id: string;
  rowVersion: number;
  input: DocumentTypeInput;
}

/** Changes a type's default rules (admin); revision dates of its documents follow from then on. */
export function useUpdateDocumentType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion, input }: UpdateDocumentTypeVariables) =>
      callEndpoint(endpoints.updateType, { params: { id }, body: input, ifMatch: rowVersion }),
    // Type names and revision dates show on every document: read them all afresh.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentKeys.all }),
  });
}
