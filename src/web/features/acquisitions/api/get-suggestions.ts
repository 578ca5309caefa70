import { useQuery } from '@tanstack/react-query';
import { acquisitionEndpoints as endpoints } from '../../../../shared/endpoints/acquisitions';
import { callEndpoint } from '../../../kit/api-client';
import { acquisitionKeys } from './query-keys';

/** What Roder proposes for the internal, partner and agreement steps, best match first. */
export function useSuggestions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: acquisitionKeys.suggestions(id),
    queryFn: ({ signal }) => callEndpoint(endpoints.suggestions, { params: { id }, signal }),
    enabled,
  });
}
