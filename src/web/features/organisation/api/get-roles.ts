import { useQuery } from '@tanstack/react-query';
import type { ResponseOf } from '../../../../shared/endpoint';
import { organisationEndpoints as endpoints } from '../../../../shared/endpoints/organisation';
import { callEndpoint } from '../../../kit/api-client';
import { organisationKeys } from './query-keys';

/** A role with its name in the session's language and whether it works within one department (förvaltningschef). */
export type Role = ResponseOf<typeof endpoints.roles>['items'][number];

export function useRoles() {
  return useQuery({
    queryKey: organisationKeys.roles,
    queryFn: ({ signal }) => callEndpoint(endpoints.roles, { signal }),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
}
