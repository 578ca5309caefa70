import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { acquisitionEndpoints as endpoints } from '../../../../shared/endpoints/acquisitions';
import { callEndpoint } from '../../../kit/api-client';
import { acquisitionKeys } from './query-keys';

export const INBOX_PAGE_SIZE = 50;

/** The IT council's inbox: reported acquisitions (anmälningsplikt), those not yet received first filter. */
export function useInbox(search: { noted?: 'false'; page?: number }) {
  return useQuery({
    queryKey: acquisitionKeys.inbox(search),
    queryFn: ({ signal }) => callEndpoint(endpoints.list, { query: { ...search, pageSize: INBOX_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}
