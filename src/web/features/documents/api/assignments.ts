import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AssignmentInput, AssignmentStatusInput } from '../../../../shared/assignments';
import { assignmentEndpoints as endpoints } from '../../../../shared/endpoints/assignments';
import { callEndpoint } from '../../../kit/api-client';
import { documentKeys } from './query-keys';

/** The assignments a document's items give. */
export function useDocumentAssignments(id: string) {
  return useQuery({
    queryKey: documentKeys.assignments(id),
    queryFn: ({ signal }) => callEndpoint(endpoints.ofDocument, { params: { id }, signal }),
  });
}

/** The signed-in person's own assignments (Mina uppdrag). */
export function useMyAssignments() {
  return useQuery({
    queryKey: documentKeys.myAssignments(),
    queryFn: ({ signal }) => callEndpoint(endpoints.mine, { signal }),
  });
}

/** After any change, every list of assignments is read afresh (the document's and the person's). */
function useInvalidateAssignments() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] === 'documents' && String(query.queryKey[1]).includes('assignments') });
}

export function useCreateAssignment(documentId: string) {
  const invalidate = useInvalidateAssignments();
  return useMutation({
    mutationFn: (input: AssignmentInput) => callEndpoint(endpoints.create, { params: { id: documentId }, body: input }),
    onSuccess: invalidate,
  });
}

export function useSetAssignmentStatus() {
  const invalidate = useInvalidateAssignments();
  return useMutation({
    mutationFn: ({ id, rowVersion, input }: { id: string; rowVersion: number; input: AssignmentStatusInput }) =>
      callEndpoint(endpoints.setStatus, { params: { id }, body: input, ifMatch: rowVersion }),
    onSuccess: invalidate,
  });
}

/** Changes an assignment's text, owner or deadline under If-Match; a 412 leaves what was typed in the form. */
export function useUpdateAssignment() {
  const invalidate = useInvalidateAssignments();
  return useMutation({
    mutationFn: ({ id, rowVersion, input }: { id: string; rowVersion: number; input: AssignmentInput }) =>
      callEndpoint(endpoints.update, { params: { id }, body: input, ifMatch: rowVersion }),
    onSuccess: invalidate,
  });
}
