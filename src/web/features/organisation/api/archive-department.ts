import { useMutation, useQueryClient } from '@tanstack/react-query';
import { organisationEndpoints as endpoints } from '../../../../shared/endpoints/organisation';
import { callEndpoint } from '../../../kit/api-client';
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
      callEndpoint(endpoints.archiveDepartment, { params: { id }, ifMatch: rowVersion }),
    onSuccess: () => {
      void invalidateOrganisation(queryClient);
    },
  });
}
