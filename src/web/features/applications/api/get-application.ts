import { useQuery } from '@tanstack/react-query';
import type { Application } from '../../../../shared/applications';
import { applicationEndpoints as endpoints } from '../../../../shared/endpoints/applications';
import { callEndpoint } from '../../../kit/api-client';
import { applicationKeys } from './query-keys';

function fetchApplication(id: string, signal?: AbortSignal): Promise<Application> {
  return callEndpoint(endpoints.get, { params: { id }, signal });
}

/** One system. `enabled: false` waits (e.g. until a dialog that needs its row version opens). */
export function useApplication(id: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: applicationKeys.detail(id),
    queryFn: ({ signal }) => fetchApplication(id, signal),
    enabled: options.enabled ?? true,
  });
}
