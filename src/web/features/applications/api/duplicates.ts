import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { applicationEndpoints as endpoints } from '../../../../shared/endpoints/applications';
import { callEndpoint } from '../../../kit/api-client';
import { applicationKeys } from './query-keys';

/** The system's probable duplicates (issue 12, item 1), by name. */
export function useDuplicates(id: string) {
  return useQuery({
    queryKey: applicationKeys.duplicates(id),
    queryFn: ({ signal }) => callEndpoint(endpoints.duplicates, { params: { id }, signal }),
  });
}

/** Judges a pair not to be duplicates (an idempotent PUT); every list and count of the register refreshes. */
export function useDismissDuplicate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, otherId }: { id: string; otherId: string }) => callEndpoint(endpoints.dismissDuplicate, { params: { id, otherId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
  });
}

/** Undoes a judgement that a pair is not duplicates (an idempotent DELETE): the pair is compared again. */
export function useUndoDuplicateDismissal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, otherId }: { id: string; otherId: string }) => callEndpoint(endpoints.undoDuplicateDismissal, { params: { id, otherId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
  });
}
