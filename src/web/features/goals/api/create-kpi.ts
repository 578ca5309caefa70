import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { KpiInput } from '../../../../shared/goals';
import { goalEndpoints as endpoints } from '../../../../shared/endpoints/goals';
import { callEndpoint } from '../../../kit/api-client';
import { goalKeys } from './query-keys';

/** Adds a KPI to a goal, with its baseline and targets. */
export function useCreateKpi() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: KpiInput) => callEndpoint(endpoints.create, { body: input }),
    onSuccess: async (created) => {
      queryClient.setQueryData(goalKeys.kpi(created.id), created);
      await queryClient.invalidateQueries({ queryKey: goalKeys.all, predicate: (query) => query.queryKey[1] !== 'kpi' });
    },
  });
}
