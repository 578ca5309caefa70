import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PersonInput } from '../../../../shared/organisation';
import { organisationEndpoints as endpoints } from '../../../../shared/endpoints/organisation';
import { callEndpoint } from '../../../kit/api-client';
import { invalidateOrganisation } from './invalidate-organisation';

export interface UpdatePersonVariables {
  id: string;
  /** The row version the admin edited; a newer one on the server answers 412, never an overwrite. */
  rowVersion: number;
  input: PersonInput;
}

export function useUpdatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion, input }: UpdatePersonVariables) =>
      callEndpoint(endpoints.updatePerson, { params: { id }, body: input, ifMatch: rowVersion }),
    onSuccess: (_saved, { id }) => invalidateOrganisation(queryClient, id),
  });
}
