import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DocumentTypeInput } from '../../../../shared/documents';
import { documentEndpoints as endpoints } from '../../../../shared/endpoints/documents';
import { callEndpoint } from '../../../kit/api-client';
import { documentKeys } from './query-keys';

/** Adds a document type with its default rules (admin). */
export function useCreateDocumentType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DocumentTypeInput) => callEndpoint(endpoints.createType, { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentKeys.types() }),
  });
}
