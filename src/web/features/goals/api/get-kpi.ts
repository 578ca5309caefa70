import { useQuery } from '@tanstack/react-query';
import { goalEndpoints as endpoints } from '../../../../shared/endpoints/goals';
import { callEndpoint } from '../../../kit/api-client';
import { goalKeys } from './query-keys';

/** One KPI with its targets, measurements and the status the server derived. */
export function useKpi(id: string) {
  return useQuery({
    queryKey: goalKeys.kpi(id),
    queryFn: ({ signal }) => callEndpoint(endpoints.get, { params: { id }, signal }),
  });
}
