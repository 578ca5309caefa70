import { useQuery } from '@tanstack/react-query';
import { documentEndpoints as endpoints } from '../../../../shared/endpoints/documents';
import { callEndpoint } from '../../../kit/api-client';
import { documentKeys } from './query-keys';

/** The hierarchy policy → strategi → riktlinje → handlingsplan as a forest. */
export function useDocumentTree(enabled = true) {
  return useQuery({
    queryKey: documentKeys.tree(),
    queryFn: ({ signal }) => callEndpoint(endpoints.tree, { signal }),
    enabled,
  });
}
