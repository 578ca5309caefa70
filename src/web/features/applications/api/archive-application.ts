import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callEndpoint } from '../../../kit/api-client';
import { applicationEndpoints as endpoints } from '../../../../shared/endpoints/applications';
import { applicationKeys } from './query-keys';

export interface ArchiveApplicationVariables {
  id: string;
  rowVersion: number;
}

/** Admin only: a soft archive, audited and restorable (DECISIONS.md 11). */
export function useArchiveApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion }: ArchiveApplicationVariables) =>
      callEndpoint(endpoints.archive, { params: { id }, ifMatch: rowVersion }),
    onSuccess: async (_data, { id }) => {
      queryClient.removeQueries({ queryKey: applicationKeys.detail(id) });
      await queryClient.invalidateQueries({ queryKey: applicationKeys.all, refetchType: 'none' });
    },
  });
}
