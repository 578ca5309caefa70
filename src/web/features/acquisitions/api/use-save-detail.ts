import { useQueryClient } from '@tanstack/react-query';
import { acquisitionKeys, COUNCIL_PREFIX, PORTFOLIO_PREFIX } from './query-keys';
import type { AcquisitionDetail } from './types';

/**
 * After a change on the route: the answer's detail goes straight into the cache; lists, the
 * suggestions, the portfolio (a purchase above the threshold becomes a project) and the IT
 * council (its inbox and matters) are read again when next shown.
 */
export function useSaveDetail() {
  const queryClient = useQueryClient();
  return async (saved: AcquisitionDetail) => {
    queryClient.setQueryData(acquisitionKeys.detail(saved.id), saved);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: acquisitionKeys.all, predicate: (query) => query.queryKey[1] !== 'detail' }),
      queryClient.invalidateQueries({ queryKey: PORTFOLIO_PREFIX, refetchType: 'none' }),
      queryClient.invalidateQueries({ queryKey: COUNCIL_PREFIX, refetchType: 'none' }),
    ]);
  };
}
