import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BodyInputOf, ResponseOf } from '../../../../shared/endpoint';
import { notificationEndpoints as endpoints } from '../../../../shared/endpoints/notifications';
import { callEndpoint } from '../../../kit/api-client';

export type Preferences = ResponseOf<typeof endpoints.preferences>;
type PreferencesInput = BodyInputOf<typeof endpoints.setPreferences>;

const key = ['notifications', 'preferences'] as const;

export function usePreferences() {
  return useQuery({ queryKey: key, queryFn: ({ signal }) => callEndpoint(endpoints.preferences, { signal }) });
}

/** Saves the digest choice under the version read; a 412 means another tab saved first. */
export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, rowVersion }: { input: PreferencesInput; rowVersion: number }) => callEndpoint(endpoints.setPreferences, { body: input, ifMatch: rowVersion }),
    onSuccess: (saved) => queryClient.setQueryData(key, saved),
  });
}
