import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProjectInputDraft } from '../../../../shared/portfolio';
import { apiRequest } from '../../../app/api-client';
import { portfolioKeys } from './query-keys';
import type { Project } from './types';

export interface UpdateProjectVariables {
  id: string;
  rowVersion: number;
  input: ProjectInputDraft;
}

/** Saves the whole project; a 412 means someone else saved first. */
export function useUpdateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion, input }: UpdateProjectVariables) =>
      apiRequest<Project>(`/projects/${encodeURIComponent(id)}`, { method: 'PUT', body: input, ifMatch: rowVersion }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(portfolioKeys.detail(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: portfolioKeys.all, refetchType: 'none' });
    },
  });
}
