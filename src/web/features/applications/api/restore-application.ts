import { useMutation, useQueryClient } from '@tanstack/react-query';
import { applicationEndpoints as endpoints } from '../../../../shared/endpoints/applications';
import { callEndpoint } from '../../../kit/api-client';
import { recordHistoryKey } from '../../../kit/history/use-record-history';
import { applicationKeys } from './query-keys';

export interface RestoreApplicationVariables {
  id: string;
  /** The archived system's row version as read; a newer one answers 412. */
  rowVersion: number;
}

/** Admin only: brings an archived system back into the register (DECISIONS.md 11). */
export function useRestoreApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion }: RestoreApplicationVariables) =>
      callEndpoint(endpoints.restore, { params: { id }, ifMatch: rowVersion }),
    onSuccess: (restored) => {
      queryClient.setQueryData(applicationKeys.detail(restored.id), restored);
      queryClient.removeQueries({ queryKey: recordHistoryKey('application', restored.id) });
      // Lists, counts and names all change: the system is back in the register. Not awaited:
      // the archived list's row (and its action) goes with the refetch, after the action's notice.
      void queryClient.invalidateQueries({
        queryKey: applicationKeys.all,
        predicate: (query) => query.queryKey[1] !== 'detail',
      });
    },
  });
}
