import { useMutation, useQueryClient } from '@tanstack/react-query';
import { assignmentEndpoints } from '../../../../shared/endpoints/assignments';
import { callEndpoint } from '../../../kit/api-client';
import type { AssignmentCreation } from '../lib/assignment-proposals';

export interface AssignmentCreationResult {
  title: string;
  /** The created assignment's id, or the error that stopped it. */
  id?: string;
  error?: unknown;
}

/**
 * Creates the assignments kept in an import's review through the assignments API, one by one
 * after the document (they need its item ids); one failing does not stop the others, and each
 * result is kept so the page can list what failed.
 */
export function useCreateProposedAssignments() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ documentId, assignments }: { documentId: string; assignments: AssignmentCreation[] }): Promise<AssignmentCreationResult[]> => {
      const results: AssignmentCreationResult[] = [];
      for (const a of assignments) {
        try {
          const created = await callEndpoint(assignmentEndpoints.create, { params: { id: documentId }, body: a.input });
          results.push({ title: a.title, id: created.id });
        } catch (error) {
          results.push({ title: a.title, error });
        }
      }
      return results;
    },
    onSettled: async () => {
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] === 'documents' && String(query.queryKey[1]).includes('assignments') });
    },
  });
}
