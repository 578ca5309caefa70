import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BodyInputOf } from '../../../../shared/endpoint';
import { municipalPlanEndpoints as endpoints } from '../../../../shared/endpoints/municipal-plan';
import { callEndpoint, endpointUrl } from '../../../kit/api-client';
import { ITPLANS_PREFIX, municipalPlanKeys } from './query-keys';

/** The round's initiatives ranked, with the sums per year against the budget frames. */
export function useMunicipalPlan(roundId: string) {
  return useQuery({
    queryKey: municipalPlanKeys.plan(roundId),
    queryFn: ({ signal }) => callEndpoint(endpoints.plan, { params: { id: roundId }, signal }),
  });
}

/** The decided versions, newest first. */
export function usePlanVersions(roundId: string) {
  return useQuery({
    queryKey: municipalPlanKeys.versions(roundId),
    queryFn: ({ signal }) => callEndpoint(endpoints.versions, { params: { id: roundId }, signal }),
  });
}

/** One decided version, frozen. */
export function usePlanVersion(roundId: string, version: number) {
  return useQuery({
    queryKey: municipalPlanKeys.version(roundId, version),
    queryFn: ({ signal }) => callEndpoint(endpoints.version, { params: { id: roundId, version }, signal }),
  });
}

export interface UpdateInitiativeVariables {
  id: string;
  rowVersion: number;
  input: BodyInputOf<typeof endpoints.updateInitiative>;
}

/** Changes an initiative at the version read (If-Match); the ranking is read again. */
export function useUpdateInitiative() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion, input }: UpdateInitiativeVariables) => callEndpoint(endpoints.updateInitiative, { params: { id }, body: input, ifMatch: rowVersion }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: municipalPlanKeys.all }),
  });
}

export interface DecidePlanVariables {
  roundId: string;
  rowVersion: number;
  input: BodyInputOf<typeof endpoints.decide>;
}

/** Records the decision (If-Match on the round): the plan is frozen as a version. */
export function useDecidePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ roundId, rowVersion, input }: DecidePlanVariables) => callEndpoint(endpoints.decide, { params: { id: roundId }, body: input, ifMatch: rowVersion }),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: municipalPlanKeys.all }), queryClient.invalidateQueries({ queryKey: ITPLANS_PREFIX })]),
  });
}

/** The addresses that download a decided version as .docx and PDF: plain links the browser follows. */
export function versionUrls(roundId: string, version: number): { docx: string; pdf: string } {
  const input = { params: { id: roundId, version } };
  return { docx: endpointUrl(endpoints.versionDocx, input), pdf: endpointUrl(endpoints.versionPdf, input) };
}
