import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { handoverEndpoints as endpoints } from '../../../../shared/endpoints/handover';
import type { HandoverInputDraft } from '../../../../shared/handover';
import { callEndpoint } from '../../../kit/api-client';
import { peopleQueryKey } from '../../../kit/organisation/use-people';

const responsibilitiesKey = (id: string) => ['people', id, 'responsibilities'] as const;

/** What the person answers for, grouped by kind; read fresh each time the view opens. */
export function useResponsibilities(id: string) {
  return useQuery({
    queryKey: responsibilitiesKey(id),
    queryFn: ({ signal }) => callEndpoint(endpoints.responsibilities, { params: { id }, signal }),
  });
}

export interface HandOverVariables {
  id: string;
  /** The person's version the view was opened with: a newer one answers 412, never a second hand-over. */
  rowVersion: number;
  input: HandoverInputDraft;
}

/** Hands the chosen groups over (and deactivates the person, if asked) in one step. */
export function useHandOver() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion, input }: HandOverVariables) => callEndpoint(endpoints.handOver, { params: { id }, body: input, ifMatch: rowVersion }),
    onSuccess: async (_result, { id }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: responsibilitiesKey(id) }),
        queryClient.invalidateQueries({ queryKey: peopleQueryKey }),
        // Owners' names and the register's deviations change with it.
        queryClient.invalidateQueries({ queryKey: ['applications'], refetchType: 'none' }),
      ]);
    },
  });
}

/** Deactivated people who still answer for something. */
export function useInactiveResponsible() {
  return useQuery({
    queryKey: ['people', 'inactive-responsible'],
    queryFn: ({ signal }) => callEndpoint(endpoints.inactiveResponsible, { signal }),
  });
}
