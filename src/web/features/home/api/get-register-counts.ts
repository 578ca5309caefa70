import { useQuery } from '@tanstack/react-query';
import type { ApplicationFlag, ApplicationList } from '../../../../shared/applications';
import { apiRequest, apiUrl } from '../../../app/api-client';

// Restated (the shared array would bring zod into the bundle); the compiler checks it is complete.
export const flagsInOrder = Object.keys({
  no_owner: true,
  personal_data_unclassified: true,
  notice_date_passed: true,
  contract_expired: true,
  disruption_test_missing: true,
} satisfies Record<ApplicationFlag, true>) as ApplicationFlag[];

export interface RegisterCounts {
  total: number;
  flags: Record<ApplicationFlag, number>;
}

async function count(signal: AbortSignal, flag?: ApplicationFlag): Promise<number> {
  const list = await apiRequest<ApplicationList>(apiUrl('/applications', { flag, pageSize: 1 }), { signal });
  return list.total;
}

/** The register's size and each deviation's count: the list's totals, one page of one row each. */
export function useRegisterCounts() {
  return useQuery({
    // Under 'applications' so every change to a system refreshes these numbers too.
    queryKey: ['applications', 'counts'],
    queryFn: async ({ signal }): Promise<RegisterCounts> => {
      const [total, ...perFlag] = await Promise.all([
        count(signal),
        ...flagsInOrder.map((flag) => count(signal, flag)),
      ]);
      const flags = Object.fromEntries(flagsInOrder.map((flag, i) => [flag, perFlag[i] ?? 0]));
      return { total: total ?? 0, flags: flags as Record<ApplicationFlag, number> };
    },
  });
}
