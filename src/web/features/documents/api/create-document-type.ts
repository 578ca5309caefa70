import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DocumentType, DocumentTypeInput } from '../../../../shared/documents';
import { apiRequest } from '../../../app/api-client';
import { documentKeys } from './query-keys';

/** Adds a document type with its default rules (admin). */
export function useCreateDocumentType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DocumentTypeInput) => apiRequest<DocumentType>('/document-types', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentKeys.types() }),
  });
}
