import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../app/api-client';
import { documentKeys } from './query-keys';
import type { VersionList } from './types';

/** Every decided version of a document, newest first. */
export function useDocumentVersions(id: string) {
  return useQuery({
    queryKey: documentKeys.versions(id),
    queryFn: ({ signal }) => apiRequest<VersionList>(`/documents/${encodeURIComponent(id)}/versions`, { signal }),
  });
}
