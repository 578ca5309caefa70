import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../app/api-client';
import { acquisitionKeys } from './query-keys';
import type { Suggestions } from './types';

/** What Roder proposes for the internal, partner and agreement steps, best match first. */
export function useSuggestions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: acquisitionKeys.suggestions(id),
    queryFn: ({ signal }) => apiRequest<Suggestions>(`/acquisitions/${encodeURIComponent(id)}/suggestions`, { signal }),
    enabled,
  });
}
