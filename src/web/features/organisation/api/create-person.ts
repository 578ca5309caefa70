import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Person, PersonInput } from '../../../../shared/organisation';
import { apiRequest } from '../../../app/api-client';
import { invalidateOrganisation } from './invalidate-organisation';

/** Adds a person; with a role and a first password they get a login at once. */
export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PersonInput) => apiRequest<Person>('/people', { method: 'POST', body: input }),
    onSuccess: () => {
      void invalidateOrganisation(queryClient);
    },
  });
}
