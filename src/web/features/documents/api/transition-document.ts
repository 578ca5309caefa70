import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TransitionInput } from '../../../../shared/documents';
import { documentEndpoints as endpoints } from '../../../../shared/endpoints/documents';
import { callEndpoint } from '../../../kit/api-client';
import { documentKeys, GOALS_PREFIX } from './query-keys';

export interface TransitionVariables {
  id: string;
  rowVersion: number;
  input: TransitionInput;
}

/**
 * Moves a document along utkast → remiss → beslutad → upphävd / ersatt, or starts a revision
 * (beslutad → utkast, the next version; the decided one stays in force).
 */
export function useTransitionDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion, input }: TransitionVariables) =>
      callEndpoint(endpoints.transition, { params: { id }, body: input, ifMatch: rowVersion }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(documentKeys.detail(updated.id), updated);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: documentKeys.all, predicate: (query) => query.queryKey[1] !== 'detail' }),
        queryClient.invalidateQueries({ queryKey: GOALS_PREFIX }),
        // The public pages show decided versions: a decision changes them too.
        queryClient.invalidateQueries({ queryKey: ['public-documents'] }),
      ]);
    },
  });
}
