import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProjectInputDraft } from '../../../../shared/portfolio';
import { portfolioEndpoints as endpoints } from '../../../../shared/endpoints/portfolio';
import { callEndpoint } from '../../../kit/api-client';
import { portfolioKeys } from './query-keys';

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
      callEndpoint(endpoints.update, { params: { id }, body: input, ifMatch: rowVersion }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(portfolioKeys.detail(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: portfolioKeys.all, refetchType: 'none' });
    },
  });
}
