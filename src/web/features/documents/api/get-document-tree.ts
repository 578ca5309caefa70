import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../app/api-client';
import { documentKeys } from './query-keys';
import type { DocumentTree } from './types';

/** The hierarchy policy → strategi → riktlinje → handlingsplan as a forest. */
export function useDocumentTree(enabled = true) {
  return useQuery({
    queryKey: documentKeys.tree(),
    queryFn: ({ signal }) => apiRequest<DocumentTree>('/documents/tree', { signal }),
    enabled,
  });
}
