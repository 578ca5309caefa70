import { useMutation, useQueryClient } from '@tanstack/react-query';
import { applicationEndpoints as endpoints } from '../../../../shared/endpoints/applications';
import { callEndpoint } from '../../../kit/api-client';
import { applicationKeys } from './query-keys';

/** Removes a group's mark: it counts in the possible saving again. */
export function useUnmarkOverlap() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ capabilityId, rowVersion }: { capabilityId: string; rowVersion: number }) =>
      callEndpoint(endpoints.unmarkOverlap, { params: { capabilityId }, ifMatch: rowVersion }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: applicationKeys.overlaps() }),
  });
}
