import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../app/api-client';
import { invalidateOrganisation } from './invalidate-organisation';

export interface ArchivePersonVariables {
  id: string;
  rowVersion: number;
}

/** The person leaves: archived (never deleted) and their login ends; refused while they own systems. */
export function useArchivePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion }: ArchivePersonVariables) =>
      apiRequest<void>(`/people/${encodeURIComponent(id)}`, { method: 'DELETE', ifMatch: rowVersion }),
    onSuccess: () => {
      void invalidateOrganisation(queryClient);
    },
  });
}
