import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../app/api-client';
import { documentKeys } from './query-keys';
import type { VersionDiff } from './types';

/** A decided version compared with the one before it, passage by passage. */
export function useVersionDiff(id: string, version: number) {
  return useQuery({
    queryKey: documentKeys.diff(id, version),
    queryFn: ({ signal }) => apiRequest<VersionDiff>(`/documents/${encodeURIComponent(id)}/versions/${version}/diff`, { signal }),
    staleTime: Infinity,
  });
}
