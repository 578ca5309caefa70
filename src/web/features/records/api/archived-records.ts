import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { recordEndpoints as endpoints } from '../../../../shared/endpoints/records';
import type { RecordType } from '../../../../shared/records';
import { callEndpoint } from '../../../kit/api-client';
import type { ArchiveSearch } from '../lib/archive-search';

/** The archived records of every register, as filtered in the address. */
export function useArchivedRecords(search: ArchiveSearch, enabled: boolean) {
  return useQuery({
    queryKey: ['records', 'archived', search],
    queryFn: ({ signal }) =>
      callEndpoint(endpoints.archived, { query: { type: search.type as RecordType | undefined, q: search.q, page: search.page ?? 1, pageSize: 25 }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Brings an archived record back; every register's lists may show it again, so all are read afresh. */
export function useRestoreRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ type, id, rowVersion }: { type: RecordType; id: string; rowVersion: number }) =>
      callEndpoint(endpoints.restore, { params: { type, id }, ifMatch: rowVersion }),
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'session' }),
  });
}
