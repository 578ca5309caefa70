import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PersonInput } from '../../../../shared/organisation';
import { organisationEndpoints as endpoints } from '../../../../shared/endpoints/organisation';
import { callEndpoint } from '../../../kit/api-client';
import { invalidateOrganisation } from './invalidate-organisation';

/** Adds a person; with a role and a first password they get a login at once. */
export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PersonInput) => callEndpoint(endpoints.createPerson, { body: input }),
    onSuccess: () => {
      void invalidateOrganisation(queryClient);
    },
  });
}
