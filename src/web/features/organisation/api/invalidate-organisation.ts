import type { QueryClient } from '@tanstack/react-query';
import { sessionQueryKey } from '../../../kit/session/session-query';
import { organisationKeys } from './query-keys';

/**
 * After a change to people or departments: the lists here, and the register's views that show
 * names (owners, departments), are refreshed. Changing one's own person record also changes the
 * session (name, department). Callers do not wait for it: the row an action sat in may vanish
 * with the refetch, and the action's own success callback (its notice) must run before that.
 */
export async function invalidateOrganisation(queryClient: QueryClient, changedPersonId?: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: organisationKeys.people }),
    queryClient.invalidateQueries({ queryKey: organisationKeys.departments }),
    queryClient.invalidateQueries({ queryKey: ['applications'], refetchType: 'none' }),
  ]);
  const session = queryClient.getQueryData<{ person: { id: string } } | null>(sessionQueryKey);
  if (changedPersonId && session?.person.id === changedPersonId) {
    await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
  }
}
