import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest, apiUrl } from '../../../app/api-client';
import { councilKeys } from './query-keys';
import type { InboxList } from './types';

export const INBOX_PAGE_SIZE = 50;

/** The IT council's inbox: reported acquisitions (anmälningsplikt), those not yet received first filter. */
export function useInbox(search: { noted?: 'false'; page?: number }) {
  return useQuery({
    queryKey: councilKeys.inbox(search),
    queryFn: ({ signal }) => apiRequest<InboxList>(apiUrl('/acquisitions', { ...search, pageSize: INBOX_PAGE_SIZE }), { signal }),
    placeholderData: keepPreviousData,
  });
}
