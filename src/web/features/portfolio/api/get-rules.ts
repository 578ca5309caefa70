import { useQuery } from '@tanstack/react-query';
import { ruleEndpoints } from '../../../../shared/endpoints/rules';
import { callEndpoint } from '../../../kit/api-client';
import { portfolioKeys } from './query-keys';

/** The portfolio threshold and the discount rate, each value with the date it takes effect. */
export function useRules() {
  return useQuery({ queryKey: portfolioKeys.rules(), queryFn: ({ signal }) => callEndpoint(ruleEndpoints.list, { signal }) });
}
