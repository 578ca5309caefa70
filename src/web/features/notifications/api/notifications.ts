import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ResponseOf } from '../../../../shared/endpoint';
import { notificationEndpoints as endpoints } from '../../../../shared/endpoints/notifications';
import { callEndpoint } from '../../../kit/api-client';

type NotificationList = ResponseOf<typeof endpoints.list>;
export type NotificationItem = NotificationList['items'][number];

const all = ['notifications'] as const;

/** The person's notifications, a page at a time; the previous page stays shown while the next loads. */
export function useNotifications(page: number, pageSize: number, unreadOnly: boolean) {
  return useQuery({
    queryKey: [...all, 'list', { page, pageSize, unreadOnly }] as const,
    queryFn: ({ signal }) => callEndpoint(endpoints.list, { query: { page, pageSize, ...(unreadOnly ? { unread: 'true' as const } : {}) }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Marks one read, or all of them (no id); every list and count is read again after. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string | null) => (id ? callEndpoint(endpoints.markRead, { params: { id } }) : callEndpoint(endpoints.markAllRead)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: all }),
  });
}
