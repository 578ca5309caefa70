import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ResponseOf } from '../../../../shared/endpoint';
import { notificationEndpoints as endpoints } from '../../../../shared/endpoints/notifications';
import { callEndpoint } from '../../../kit/api-client';

export type HeldDigest = ResponseOf<typeof endpoints.held>['items'][number];

const key = ['notifications', 'held-digests'] as const;

export function useHeldDigests() {
  return useQuery({ queryKey: key, queryFn: ({ signal }) => callEndpoint(endpoints.held, { signal }) });
}

export function useReleaseDigest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callEndpoint(endpoints.release, { params: { id } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
