import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Application, ApplicationInput } from '../../../../shared/applications';
import { apiRequest } from '../../../app/api-client';
import { applicationKeys } from './query-keys';

export function useCreateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApplicationInput) =>
      apiRequest<Application>('/applications', { method: 'POST', body: input }),
    onSuccess: async (created) => {
      queryClient.setQueryData(applicationKeys.detail(created.id), created);
      await queryClient.invalidateQueries({ queryKey: applicationKeys.all, refetchType: 'none' });
    },
  });
}
