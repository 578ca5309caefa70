import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BodyInputOf } from '../../../../shared/endpoint';
import { ruleEndpoints } from '../../../../shared/endpoints/rules';
import { callEndpoint } from '../../../kit/api-client';
import { portfolioKeys } from './query-keys';

/** Adds a rule value from a date (admin); the earlier value stays for the time before. */
export function useCreateRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BodyInputOf<typeof ruleEndpoints.add>) => callEndpoint(ruleEndpoints.add, { body: input }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: portfolioKeys.all });
    },
  });
}
