import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { councilEndpoints as endpoints } from '../../../../shared/endpoints/council';
import { callEndpoint } from '../../../kit/api-client';
import { councilKeys } from './query-keys';

/** Every decision of the council, searchable by wording, title and diarienummer. */
export function useDecisions(q: string) {
  return useQuery({
    queryKey: councilKeys.decisions(q),
    queryFn: ({ signal }) => callEndpoint(endpoints.decisions, { query: { q }, signal }),
    placeholderData: keepPreviousData,
  });
}
