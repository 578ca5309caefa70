import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProjectInputDraft } from '../../../../shared/portfolio';
import { portfolioEndpoints as endpoints } from '../../../../shared/endpoints/portfolio';
import { callEndpoint } from '../../../kit/api-client';
import { portfolioKeys } from './query-keys';

/** Adds a project to the portfolio as an idea. */
export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProjectInputDraft) => callEndpoint(endpoints.create, { body: input }),
    onSuccess: async (created) => {
      queryClient.setQueryData(portfolioKeys.detail(created.id), created);
      await queryClient.invalidateQueries({ queryKey: portfolioKeys.all, refetchType: 'none' });
    },
  });
}
