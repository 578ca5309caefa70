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

/** Sets the municipality's own limit under the version read; the answer is the list with the new limit. */
export function useSetDigestLimit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ digestLimit, rowVersion }: { digestLimit: number; rowVersion: number }) => callEndpoint(endpoints.setDigestLimit, { body: { digestLimit }, ifMatch: rowVersion }),
    onSuccess: (saved) => queryClient.setQueryData(key, saved),
  });
}
