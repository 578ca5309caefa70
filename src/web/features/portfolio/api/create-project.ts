import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProjectInputDraft } from '../../../../shared/portfolio';
import { apiRequest } from '../../../app/api-client';
import { portfolioKeys } from './query-keys';
import type { Project } from './types';

/** Adds a project to the portfolio as an idea. */
export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProjectInputDraft) => apiRequest<Project>('/projects', { method: 'POST', body: input }),
    onSuccess: async (created) => {
      queryClient.setQueryData(portfolioKeys.detail(created.id), created);
      await queryClient.invalidateQueries({ queryKey: portfolioKeys.all, refetchType: 'none' });
    },
  });
}
