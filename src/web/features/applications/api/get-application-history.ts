import { useQuery } from '@tanstack/react-query';
import type { HistoryEvent } from '../../../../shared/applications';
import { apiRequest } from '../../../app/api-client';
import { applicationKeys } from './query-keys';

export function useApplicationHistory(id: string) {
  return useQuery({
    queryKey: applicationKeys.history(id),
    queryFn: ({ signal }) =>
      apiRequest<{ items: HistoryEvent[] }>(`/applications/${encodeURIComponent(id)}/history`, { signal }),
    select: (data) => data.items,
  });
}
