import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApplicationInput } from '../../../../shared/applications';
import { applicationEndpoints as endpoints } from '../../../../shared/endpoints/applications';
import { callEndpoint } from '../../../kit/api-client';
import { recordHistoryKey } from '../../../kit/history/use-record-history';
import { applicationKeys } from './query-keys';

export interface UpdateApplicationVariables {
  id: string;
  /** The row version the person edited; a newer one on the server answers 412, never an overwrite. */
  rowVersion: number;
  input: ApplicationInput;
}

export function useUpdateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion, input }: UpdateApplicationVariables) =>
      callEndpoint(endpoints.update, { params: { id }, body: input, ifMatch: rowVersion }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(applicationKeys.detail(updated.id), updated);
      // The old history lacks this change: load it afresh rather than show it stale first.
      queryClient.removeQueries({ queryKey: recordHistoryKey('application', updated.id) });
      await queryClient.invalidateQueries({
        queryKey: applicationKeys.all,
        predicate: (query) => query.queryKey[1] !== 'detail',
      });
    },
  });
}
