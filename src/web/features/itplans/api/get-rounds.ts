import { useQuery } from '@tanstack/react-query';
import { itplanEndpoints as endpoints } from '../../../../shared/endpoints/itplans';
import { callEndpoint } from '../../../kit/api-client';
import { itplanKeys } from './query-keys';

/** The planning rounds, newest period first, and whether the person may open one. */
export function useRounds() {
  return useQuery({
    queryKey: itplanKeys.rounds,
    queryFn: ({ signal }) => callEndpoint(endpoints.rounds, { signal }),
  });
}

/** A round with each department's progress. */
export function useRound(id: string) {
  return useQuery({
    queryKey: itplanKeys.round(id),
    queryFn: ({ signal }) => callEndpoint(endpoints.round, { params: { id }, signal }),
  });
}

/** A department's plan with its needs, totals and changes since last round. */
export function usePlan(id: string) {
  return useQuery({
    queryKey: itplanKeys.plan(id),
    queryFn: ({ signal }) => callEndpoint(endpoints.departmentPlan, { params: { id }, signal }),
  });
}
