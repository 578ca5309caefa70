import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NeedInputDraft } from '../../../../shared/itplans';
import { itplanEndpoints as endpoints } from '../../../../shared/endpoints/itplans';
import { callEndpoint } from '../../../kit/api-client';
import { itplanKeys } from './query-keys';

function useRefresh() {
  const queryClient = useQueryClient();
  return async (planId?: string) => {
    await queryClient.invalidateQueries({ queryKey: itplanKeys.all, refetchType: 'none' });
    if (planId) await queryClient.invalidateQueries({ queryKey: itplanKeys.plan(planId) });
  };
}

/** Submits the department's plan (or, for the strategist, returns it to the department). */
export function usePlanAction(action: 'submit' | 'reopen') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion }: { id: string; rowVersion: number }) =>
      callEndpoint(action === 'submit' ? endpoints.submitPlan : endpoints.reopenPlan, { params: { id }, ifMatch: rowVersion }),
    onSuccess: async (plan) => {
      queryClient.setQueryData(itplanKeys.plan(plan.id), plan);
      await queryClient.invalidateQueries({ queryKey: itplanKeys.all, refetchType: 'none' });
    },
  });
}

/** Adds a need to a department's plan. */
export function useAddNeed(planId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: NeedInputDraft) => callEndpoint(endpoints.addNeed, { params: { id: planId }, body: input }),
    onSuccess: () => refresh(planId),
  });
}

/** Saves a whole need; a 412 means someone else saved first. */
export function useUpdateNeed(planId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, rowVersion, input }: { id: string; rowVersion: number; input: NeedInputDraft }) =>
      callEndpoint(endpoints.updateNeed, { params: { id }, body: input, ifMatch: rowVersion }),
    onSuccess: () => refresh(planId),
  });
}

/** Removes a need from a plan not yet submitted. */
export function useRemoveNeed(planId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, rowVersion }: { id: string; rowVersion: number }) => callEndpoint(endpoints.removeNeed, { params: { id }, ifMatch: rowVersion }),
    onSuccess: () => refresh(planId),
  });
}
