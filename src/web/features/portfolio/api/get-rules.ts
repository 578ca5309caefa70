import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../app/api-client';
import { portfolioKeys } from './query-keys';
import type { RuleValueList } from './types';

/** The portfolio threshold and the discount rate, each value with the date it takes effect. */
export function useRules() {
  return useQuery({ queryKey: portfolioKeys.rules(), queryFn: ({ signal }) => apiRequest<RuleValueList>('/rules', { signal }) });
}
