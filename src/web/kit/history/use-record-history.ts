import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { recordEndpoints as endpoints } from '../../../shared/endpoints/records';
import type { RecordType } from '../../../shared/records';
import { callEndpoint } from '../api-client';

/** The cache key of one record's history: a module whose own update changes the record drops it. */
export const recordHistoryKey = (type: RecordType, id: string) => ['records', 'history', type, id] as const;

/** One record's history, read when its tab opens. */
export function useRecordHistory(type: RecordType, id: string) {
  return useQuery({
    queryKey: recordHistoryKey(type, id),
    queryFn: ({ signal }) => callEndpoint(endpoints.history, { params: { type, id }, signal }),
  });
}

interface SetBackVariables {
  eventId: string;
  field: string;
  /** The record's version as the history read it; a newer one answers 412. */
  rowVersion: number;
}

/**
 * Sets one field back through the record's own update. Every cached view of the municipality's
 * data may show the field (lists, the record's page, its history), so all are read afresh.
 */
export function useSetBack(type: RecordType, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ eventId, field, rowVersion }: SetBackVariables) =>
      callEndpoint(endpoints.setBack, { params: { type, id }, body: { eventId, field }, ifMatch: rowVersion }),
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'session' }),
  });
}
