import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ruleValueInput } from '../../../../shared/portfolio';
import { apiRequest } from '../../../app/api-client';
import { portfolioKeys } from './query-keys';

/** Adds a rule value from a date (admin); the earlier value stays for the time before. */
export function useCreateRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof ruleValueInput>) => apiRequest<unknown>('/rules', { method: 'POST', body: input }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: portfolioKeys.all });
    },
  });
}
