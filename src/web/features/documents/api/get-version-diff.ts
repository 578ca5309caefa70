import { useQuery } from '@tanstack/react-query';
import { documentEndpoints as endpoints } from '../../../../shared/endpoints/documents';
import { callEndpoint } from '../../../kit/api-client';
import { documentKeys } from './query-keys';

/** A decided version compared with the one before it, passage by passage. */
export function useVersionDiff(id: string, version: number) {
  return useQuery({
    queryKey: documentKeys.diff(id, version),
    queryFn: ({ signal }) => callEndpoint(endpoints.diff, { params: { id, version }, signal }),
    staleTime: Infinity,
  });
}
