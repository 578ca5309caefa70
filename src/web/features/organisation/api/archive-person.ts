import { useMutation, useQueryClient } from '@tanstack/react-query';
import { organisationEndpoints as endpoints } from '../../../../shared/endpoints/organisation';
import { callEndpoint } from '../../../kit/api-client';
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
      callEndpoint(endpoints.archivePerson, { params: { id }, ifMatch: rowVersion }),
    onSuccess: () => {
      void invalidateOrganisation(queryClient);
    },
  });
}
