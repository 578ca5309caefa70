import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { KpiInput } from '../../../../shared/goals';
import { goalEndpoints as endpoints } from '../../../../shared/endpoints/goals';
import { callEndpoint } from '../../../kit/api-client';
import { goalKeys } from './query-keys';

export interface UpdateKpiVariables {
  id: string;
  /** The row version the person edited; a newer one on the server answers 412, never an overwrite. */
  rowVersion: number;
  input: KpiInput;
}

/** Changes a KPI's definition, baseline or targets; the server derives the status again. */
export function useUpdateKpi() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion, input }: UpdateKpiVariables) =>
      callEndpoint(endpoints.update, { params: { id }, body: input, ifMatch: rowVersion }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(goalKeys.kpi(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: goalKeys.all, predicate: (query) => query.queryKey[1] !== 'kpi' });
    },
  });
}
