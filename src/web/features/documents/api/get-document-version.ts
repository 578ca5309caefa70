import { useQuery } from '@tanstack/react-query';
import { documentEndpoints as endpoints } from '../../../../shared/endpoints/documents';
import { callEndpoint } from '../../../kit/api-client';
import { documentKeys } from './query-keys';

/** One decided version as it was decided, and whether it is the one in force (not asked for a nonsense number). */
export function useDocumentVersion(id: string, version: number) {
  return useQuery({
    enabled: Number.isInteger(version) && version > 0,
    queryKey: documentKeys.version(id, version),
    queryFn: ({ signal }) => callEndpoint(endpoints.version, { params: { id, version }, signal }),
  });
}
