import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DepartmentInput } from '../../../../shared/organisation';
import { organisationEndpoints as endpoints } from '../../../../shared/endpoints/organisation';
import { callEndpoint } from '../../../kit/api-client';
import { invalidateOrganisation } from './invalidate-organisation';

export interface UpdateDepartmentVariables {
  id: string;
  rowVersion: number;
  input: DepartmentInput;
}

/** Renames a department (name and code); checked against the row version the admin read. */
export function useUpdateDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion, input }: UpdateDepartmentVariables) =>
      callEndpoint(endpoints.updateDepartment, { params: { id }, body: input, ifMatch: rowVersion }),
    onSuccess: () => {
      void invalidateOrganisation(queryClient);
    },
  });
}
