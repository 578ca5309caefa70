import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BodyInputOf } from '../../../../shared/endpoint';
import { councilEndpoints as endpoints } from '../../../../shared/endpoints/council';
import { callEndpoint } from '../../../kit/api-client';
import { councilKeys, PORTFOLIO_PREFIX } from './query-keys';

export interface DecideItemVariables {
  itemId: string;
  rowVersion: number;
  input: BodyInputOf<typeof endpoints.decide>;
}

/** Records the council's decision on a matter; 409 already_decided when it has one. */
export function useDecideItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, rowVersion, input }: DecideItemVariables) =>
      callEndpoint(endpoints.decide, { params: { id: itemId }, body: input, ifMatch: rowVersion }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: councilKeys.all }),
        // A decision on a project changes what the project page allows.
        queryClient.invalidateQueries({ queryKey: PORTFOLIO_PREFIX }),
      ]);
    },
  });
}
