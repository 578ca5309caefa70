import { useQuery } from '@tanstack/react-query';
import { CLOSING_STATUSES } from '../../../../shared/assignments';
import { assignmentEndpoints } from '../../../../shared/endpoints/assignments';
import { consultationEndpoints } from '../../../../shared/endpoints/consultations';
import { callEndpoint } from '../../../kit/api-client';

/**
 * What waits for the signed-in person: their open assignments (overdue ones apart) and the remisses
 * they are still to answer, counted from Mina uppdrag's and Mina remisser's own lists. The query
 * keys are those pages' keys (named here, since features never import each other), so a change
 * made there refreshes these counts and a visit there reuses what was read here.
 */
export function useMyWork() {
  const assignments = useQuery({ queryKey: ['documents', 'my-assignments'], queryFn: ({ signal }) => callEndpoint(assignmentEndpoints.mine, { signal }) });
  const consultations = useQuery({ queryKey: ['consultations', 'mine'], queryFn: ({ signal }) => callEndpoint(consultationEndpoints.mine, { signal }) });
  const open = (assignments.data?.items ?? []).filter((a) => !CLOSING_STATUSES.includes(a.status));
  return {
    ready: assignments.isSuccess && consultations.isSuccess,
    openAssignments: open.length,
    overdueAssignments: open.filter((a) => a.overdue).length,
    // A round past its last date takes no answer any more: it no longer waits for one.
    awaitingAnswer: (consultations.data?.items ?? []).filter((c) => c.myStatus !== 'submitted' && !c.overdue).length,
  };
}
