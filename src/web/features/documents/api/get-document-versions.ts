import { useQuery } from '@tanstack/react-query';
import { documentEndpoints as endpoints } from '../../../../shared/endpoints/documents';
import { callEndpoint } from '../../../kit/api-client';
import { documentKeys } from './query-keys';

/** Every decided version of a document, newest first. */
export function useDocumentVersions(id: string) {
  return useQuery({
    queryKey: documentKeys.versions(id),
    queryFn: ({ signal }) => callEndpoint(endpoints.versions, { params: { id }, signal }),
  });
}
