import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeasurementInput } from '../../../../shared/goals';
import { goalEndpoints as endpoints } from '../../../../shared/endpoints/goals';
import { callEndpoint } from '../../../kit/api-client';
import { goalKeys } from './query-keys';

export interface CorrectMeasurementVariables {
  measurementId: string;
  /** The measurement's own row version (not the KPI's). */
  rowVersion: number;
  input: MeasurementInput;
}

/** Corrects a period's value; the server derives the status again from the corrected series. */
export function useCorrectMeasurement(kpiId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ measurementId, rowVersion, input }: CorrectMeasurementVariables) =>
      callEndpoint(endpoints.correct, { params: { id: kpiId, measurementId }, body: input, ifMatch: rowVersion }),
    onSuccess: async (kpi) => {
      queryClient.setQueryData(goalKeys.kpi(kpi.id), kpi);
      await queryClient.invalidateQueries({ queryKey: goalKeys.all, predicate: (query) => query.queryKey[1] !== 'kpi' });
    },
  });
}
