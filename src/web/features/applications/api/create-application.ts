import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApplicationInput } from '../../../../shared/applications';
import { applicationEndpoints as endpoints } from '../../../../shared/endpoints/applications';
import { callEndpoint } from '../../../kit/api-client';
import { applicationKeys } from './query-keys';

export function useCreateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApplicationInput) =>
      callEndpoint(endpoints.create, { body: input }),
    onSuccess: async (created) => {
      queryClient.setQueryData(applicationKeys.detail(created.id), created);
      await queryClient.invalidateQueries({ queryKey: applicationKeys.all, refetchType: 'none' });
    },
  });
}
