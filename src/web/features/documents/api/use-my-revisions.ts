import { useQueries } from '@tanstack/react-query';
import { documentEndpoints } from '../../../../shared/endpoints/documents';
import { callEndpoint } from '../../../kit/api-client';
import { documentKeys } from './query-keys';

const FLAGS = ['revision_overdue', 'revision_due'] as const;

/**
 * The signed-in person's steering documents whose revision is overdue or due within 90 days,
 * overdue first. Under the 'documents' key, so a change to any document refreshes it.
 */
export function useMyRevisions(personId: string | undefined) {
  const results = useQueries({
    queries: FLAGS.map((flag) => ({
      queryKey: documentKeys.mine(personId, flag),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        callEndpoint(documentEndpoints.list, { query: { owner: personId, flag, pageSize: 50 }, signal }),
      enabled: Boolean(personId),
    })),
  });
  const error = results.find((r) => r.isError)?.error;
  const pending = results.some((r) => r.isPending);
  const items = results.flatMap((r) => r.data?.items ?? []);
  return { items, pending, error };
}
