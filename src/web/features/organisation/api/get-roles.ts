import { useQuery } from '@tanstack/react-query';
import type { Grant } from '../../../../shared/organisation';
import { apiRequest } from '../../../app/api-client';
import { organisationKeys } from './query-keys';

export interface Role {
  id: string;
  key: string;
  /** In the session's language. */
  name: string;
  grants: Grant[];
  /** The role works within one department (förvaltningschef): a person given it needs one. */
  needsDepartment: boolean;
}

export function useRoles() {
  return useQuery({
    queryKey: organisationKeys.roles,
    queryFn: ({ signal }) => apiRequest<{ items: Role[] }>('/roles', { signal }),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
}
