import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Kpi, KpiInput } from '../../../../shared/goals';
import { apiRequest } from '../../../app/api-client';
import { goalKeys } from './query-keys';

/** Adds a KPI to a goal, with its baseline and targets. */
export function useCreateKpi() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: KpiInput) => apiRequest<Kpi>('/kpis', { method: 'POST', body: input }),
    onSuccess: async (created) => {
      queryClient.setQueryData(goalKeys.kpi(created.id), created);
      await queryClient.invalidateQueries({ queryKey: goalKeys.all, predicate: (query) => query.queryKey[1] !== 'kpi' });
    },
  });
}
