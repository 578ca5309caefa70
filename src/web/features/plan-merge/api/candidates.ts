import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { itplanMergeEndpoints as endpoints } from '../../../../shared/endpoints/itplan-merge';
import { itplanEndpoints } from '../../../../shared/endpoints/itplans';
import type { DismissInput } from '../../../../shared/itplan-merge';
import { callEndpoint } from '../../../kit/api-client';

/** Every query of this feature starts with 'plan-merge', so one invalidation refreshes them all. */
const keys = {
  all: ['plan-merge'] as const,
  candidates: (roundId: string) => ['plan-merge', 'candidates', roundId] as const,
  round: (roundId: string) => ['plan-merge', 'round', roundId] as const,
};

/** The round's likely duplicate needs, best first. */
export function useCandidates(roundId: string) {
  return useQuery({
    queryKey: keys.candidates(roundId),
    queryFn: ({ signal }) => callEndpoint(endpoints.candidates, { params: { id: roundId }, signal }),
  });
}

/** The round, for its title. */
export function useRound(roundId: string) {
  return useQuery({
    queryKey: keys.round(roundId),
    queryFn: ({ signal }) => callEndpoint(itplanEndpoints.round, { params: { id: roundId }, signal }),
  });
}

interface VersionedNeed {
  id: string;
  rowVersion: number;
}

/** Merges the needs' initiatives into one initiative of the municipal plan. */
export function useMerge(roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ needs, title }: { needs: VersionedNeed[]; title: string }) =>
      callEndpoint(endpoints.merge, { params: { id: roundId }, body: { needs: needs.map(({ id, rowVersion }) => ({ id, rowVersion })), title, description: '' } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

/** Judges two needs not to be the same need, with the reason. */
export function useDismiss(roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DismissInput) => callEndpoint(endpoints.dismiss, { params: { id: roundId }, body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

/** Undoes a merge: every need of the initiative gets its own initiative again. */
export function useSplit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion }: VersionedNeed) => callEndpoint(endpoints.split, { params: { id }, ifMatch: rowVersion }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}
