import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Department, DepartmentInput } from '../../../../shared/organisation';
import { apiRequest } from '../../../app/api-client';
import { invalidateOrganisation } from './invalidate-organisation';

export function useCreateDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DepartmentInput) => apiRequest<Department>('/departments', { method: 'POST', body: input }),
    onSuccess: () => {
      void invalidateOrganisation(queryClient);
    },
  });
}
