import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DepartmentInput } from '../../../../shared/organisation';
import { organisationEndpoints as endpoints } from '../../../../shared/endpoints/organisation';
import { callEndpoint } from '../../../kit/api-client';
import { invalidateOrganisation } from './invalidate-organisation';

export function useCreateDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DepartmentInput) => callEndpoint(endpoints.createDepartment, { body: input }),
    onSuccess: () => {
      void invalidateOrganisation(queryClient);
    },
  });
}
