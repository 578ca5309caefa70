import { queryOptions, useQuery } from '@tanstack/react-query';
import { documentEndpoints as endpoints } from '../../../../shared/endpoints/documents';
import { callEndpoint } from '../../../kit/api-client';
import { documentKeys } from './query-keys';

const documentTypesQueryOptions = queryOptions({
  queryKey: documentKeys.types(),
  queryFn: ({ signal }) => callEndpoint(endpoints.types, { signal }),
  staleTime: 5 * 60_000,
});

/** The municipality's document types with their default rules, policy first. */
export function useDocumentTypes() {
  return useQuery({ ...documentTypesQueryOptions, select: (data) => ({ ...data, items: [...data.items].sort((a, b) => a.level - b.level) }) });
}
