import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ResponsibilityTableInput } from '../../../../shared/assignments';
import { assignmentEndpoints as endpoints } from '../../../../shared/endpoints/assignments';
import { callEndpoint } from '../../../kit/api-client';
import { documentKeys } from './query-keys';

/** A document's responsibility table as it stands now. */
export function useResponsibilities(id: string) {
  return useQuery({
    queryKey: documentKeys.responsibilities(id),
    queryFn: ({ signal }) => callEndpoint(endpoints.responsibilities, { params: { id }, signal }),
  });
}

/** The table as a decided version froze it. */
export function useVersionResponsibilities(id: string, version: number) {
  return useQuery({
    queryKey: documentKeys.versionResponsibilities(id, version),
    queryFn: ({ signal }) => callEndpoint(endpoints.versionResponsibilities, { params: { id, version }, signal }),
  });
}

/** Replaces the table the person read (its row version): a newer one on the server answers 412. */
export function useSaveResponsibilities(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ rowVersion, input }: { rowVersion: number; input: ResponsibilityTableInput }) =>
      callEndpoint(endpoints.saveResponsibilities, { params: { id }, body: input, ifMatch: rowVersion }),
    onSuccess: (saved) => queryClient.setQueryData(documentKeys.responsibilities(id), saved),
  });
}

/**
 * Saves the rows an import's review kept as a just-created document's table: a new document has
 * none yet, so the version read is 0 (a table saved meanwhile by someone else answers 412).
 */
export function useSaveProposedResponsibilities() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ documentId, input }: { documentId: string; input: ResponsibilityTableInput }) =>
      callEndpoint(endpoints.saveResponsibilities, { params: { id: documentId }, body: input, ifMatch: 0 }),
    onSuccess: (saved) => queryClient.setQueryData(documentKeys.responsibilities(saved.documentId), saved),
  });
}
