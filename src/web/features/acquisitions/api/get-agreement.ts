import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../app/api-client';
import { acquisitionKeys } from './query-keys';
import type { AgreementDetail } from './types';

/** One agreement with its scope, the systems under it and the acquisitions that used it. */
export function useAgreement(id: string) {
  return useQuery({
    queryKey: acquisitionKeys.agreement(id),
    queryFn: ({ signal }) => apiRequest<AgreementDetail>(`/agreements/${encodeURIComponent(id)}`, { signal }),
  });
}
