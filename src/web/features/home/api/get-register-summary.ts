import { useQuery } from '@tanstack/react-query';
import type { ApplicationFlag } from '../../../../shared/applications';
import { applicationEndpoints } from '../../../../shared/endpoints/applications';
import { callEndpoint } from '../../../kit/api-client';

// Restated (the shared array would bring zod into the bundle); the compiler checks it is complete.
export const flagsInOrder = Object.keys({
  no_owner: true,
  owner_inactive: true,
  personal_data_unclassified: true,
  notice_date_passed: true,
  contract_expired: true,
  disruption_test_missing: true,
  disruption_test_failed: true,
  probable_duplicate: true,
} satisfies Record<ApplicationFlag, true>) as ApplicationFlag[];

/** The register's size and each deviation's count, in one call. */
export function useRegisterSummary() {
  return useQuery({
    // Under 'applications' so every change to a system refreshes these numbers too.
    queryKey: ['applications', 'summary'],
    queryFn: ({ signal }) => callEndpoint(applicationEndpoints.summary, { signal }),
  });
}
