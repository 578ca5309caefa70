import { useQuery } from '@tanstack/react-query';
import type { Kpi } from '../../../../shared/goals';
import { apiRequest } from '../../../app/api-client';
import { goalKeys } from './query-keys';

/** One KPI with its targets, measurements and the status the server derived. */
export function useKpi(id: string) {
  return useQuery({
    queryKey: goalKeys.kpi(id),
    queryFn: ({ signal }) => apiRequest<Kpi>(`/kpis/${encodeURIComponent(id)}`, { signal }),
  });
}
