import { useQuery } from '@tanstack/react-query';
import { goalEndpoints } from '../../../../shared/endpoints/goals';
import { callEndpoint } from '../../../kit/api-client';
import { portfolioKeys } from './query-keys';

/** Every goal of the steering documents, to link a project to the goals it serves. */
export function useGoalOptions() {
  return useQuery({
    queryKey: [...portfolioKeys.all, 'goal-options'] as const,
    queryFn: ({ signal }) => callEndpoint(goalEndpoints.goals, { signal }),
    select: (data) => data.items,
    staleTime: 60_000,
  });
}

/** Every KPI, to say how a benefit will be measured. */
export function useKpiOptions() {
  return useQuery({
    queryKey: [...portfolioKeys.all, 'kpi-options'] as const,
    queryFn: ({ signal }) => callEndpoint(goalEndpoints.kpis, { signal }),
    select: (data) => data.items,
    staleTime: 60_000,
  });
}
