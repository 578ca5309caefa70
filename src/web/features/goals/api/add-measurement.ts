import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeasurementInput } from '../../../../shared/goals';
import { goalEndpoints as endpoints } from '../../../../shared/endpoints/goals';
import { callEndpoint } from '../../../kit/api-client';
import { goalKeys } from './query-keys';

/**
 * Enters a period's value. The answer is the whole KPI with the status the server derived
 * afresh, so the page shows the new status at once.
 */
export function useAddMeasurement(kpiId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MeasurementInput) =>
      callEndpoint(endpoints.measure, { params: { id: kpiId }, body: input }),
    onSuccess: async (kpi) => {
      queryClient.setQueryData(goalKeys.kpi(kpi.id), kpi);
      await queryClient.invalidateQueries({ queryKey: goalKeys.all, predicate: (query) => query.queryKey[1] !== 'kpi' });
    },
  });
}
