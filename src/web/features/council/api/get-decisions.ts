import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest, apiUrl } from '../../../app/api-client';
import { councilKeys } from './query-keys';
import type { DecisionLog } from './types';

/** Every decision of the council, searchable by wording, title and diarienummer. */
export function useDecisions(q: string) {
  return useQuery({
    queryKey: councilKeys.decisions(q),
    queryFn: ({ signal }) => apiRequest<DecisionLog>(apiUrl('/council/decisions', { q }), { signal }),
    placeholderData: keepPreviousData,
  });
}
