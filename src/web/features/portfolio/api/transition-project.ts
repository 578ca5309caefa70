import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProjectStatus } from '../../../../shared/portfolio';
import { portfolioEndpoints as endpoints } from '../../../../shared/endpoints/portfolio';
import { callEndpoint } from '../../../kit/api-client';
import { portfolioKeys } from './query-keys';

export interface TransitionProjectVariables {
  id: string;
  rowVersion: number;
  to: ProjectStatus;
}

/** Moves a project along idé → förstudie → beslutad → pågår → avslutad / avbruten. */
export function useTransitionProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion, to }: TransitionProjectVariables) =>
      callEndpoint(endpoints.transition, { params: { id }, body: { to }, ifMatch: rowVersion }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(portfolioKeys.detail(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: portfolioKeys.all, predicate: (query) => query.queryKey[1] !== 'detail' });
    },
  });
}
