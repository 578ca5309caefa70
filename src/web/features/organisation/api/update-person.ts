import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Person, PersonInput } from '../../../../shared/organisation';
import { apiRequest } from '../../../app/api-client';
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
      apiRequest<Person>(`/people/${encodeURIComponent(id)}`, { method: 'PUT', body: input, ifMatch: rowVersion }),
    onSuccess: (_saved, { id }) => invalidateOrganisation(queryClient, id),
  });
}
