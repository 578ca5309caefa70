import { useQuery } from '@tanstack/react-query';
import type { ResponseOf } from '../../../../shared/endpoint';
import { auditEndpoints as endpoints } from '../../../../shared/endpoints/audit';
import { callEndpoint } from '../../../kit/api-client';

export type AuditVerification = ResponseOf<typeof endpoints.verification>;

/** The municipality's audit chain verified now, on the running server; never taken from the cache. */
export function useAuditVerification() {
  return useQuery({
    queryKey: ['audit', 'verification'] as const,
    queryFn: ({ signal }) => callEndpoint(endpoints.verification, { signal }),
    staleTime: 0,
    gcTime: 0,
  });
}
