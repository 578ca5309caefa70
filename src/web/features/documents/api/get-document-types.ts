import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { documentTypeList } from '../../../../shared/documents';
import { apiRequest } from '../../../app/api-client';
import { documentKeys } from './query-keys';

export type DocumentTypeList = z.infer<typeof documentTypeList>;

export const documentTypesQueryOptions = queryOptions({
  queryKey: documentKeys.types(),
  queryFn: ({ signal }) => apiRequest<DocumentTypeList>('/document-types', { signal }),
  staleTime: 5 * 60_000,
});

/** The municipality's document types with their default rules, policy first. */
export function useDocumentTypes() {
  return useQuery({ ...documentTypesQueryOptions, select: (data) => ({ ...data, items: [...data.items].sort((a, b) => a.level - b.level) }) });
}
