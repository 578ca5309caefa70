import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../app/api-client';
import { invalidateOrganisation } from './invalidate-organisation';

export interface ArchiveDepartmentVariables {
  id: string;
  rowVersion: number;
}

/** Archived, never deleted; the server refuses (409) while people or live systems belong to it. */
export function useArchiveDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion }: ArchiveDepartmentVariables) =>
      apiRequest<void>(`/departments/${encodeURIComponent(id)}`, { method: 'DELETE', ifMatch: rowVersion }),
    onSuccess: () => {
      void invalidateOrganisation(queryClient);
    },
  });
}
