import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { planActionEndpoints as endpoints } from '../../../../shared/endpoints/plan-actions';
import { callEndpoint } from '../../../kit/api-client';
import { eserviceKeys } from './query-keys';

/** The department plans a candidate can join: open rounds, plans not submitted. */
export function useOpenPlans(enabled: boolean) {
  return useQuery({
    queryKey: eserviceKeys.openPlans,
    queryFn: ({ signal }) => callEndpoint(endpoints.openPlans, { signal }),
    enabled,
  });
}

/** Starts a project from the candidate, or adds it as a need to a department plan; the answer is the service with its link. */
export function useCandidateAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: { id: string; kind: 'project' } | { id: string; kind: 'need'; departmentPlanId: string }) =>
      action.kind === 'project'
        ? callEndpoint(endpoints.eserviceProject, { params: { id: action.id } })
        : callEndpoint(endpoints.eserviceNeed, { params: { id: action.id }, body: { departmentPlanId: action.departmentPlanId } }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(eserviceKeys.detail(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: eserviceKeys.all, refetchType: 'none' });
    },
  });
}
