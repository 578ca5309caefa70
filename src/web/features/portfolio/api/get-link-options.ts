import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../app/api-client';
import { portfolioKeys } from './query-keys';

export interface GoalOption {
  id: string;
  number: string;
  title: string;
  documentTitle: string;
}

export interface KpiOption {
  id: string;
  name: string;
  goalTitle: string;
}

/** Every goal of the steering documents, to link a project to the goals it serves. */
export function useGoalOptions() {
  return useQuery({
    queryKey: [...portfolioKeys.all, 'goal-options'] as const,
    queryFn: ({ signal }) => apiRequest<{ items: GoalOption[] }>('/goals', { signal }),
    select: (data) => data.items,
    staleTime: 60_000,
  });
}

/** Every KPI, to say how a benefit will be measured. */
export function useKpiOptions() {
  return useQuery({
    queryKey: [...portfolioKeys.all, 'kpi-options'] as const,
    queryFn: ({ signal }) => apiRequest<{ items: KpiOption[] }>('/kpis', { signal }),
    select: (data) => data.items,
    staleTime: 60_000,
  });
}
