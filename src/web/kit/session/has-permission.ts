import type { Permission, Session } from '../../../shared/organisation';

/**
 * Whether the session's role grants the permission in any scope. Only for showing the way in:
 * the server checks every call again, with the scope.
 */
export function hasPermission(session: Session | null | undefined, permission: Permission): boolean {
  return Boolean(session?.grants.some((grant) => grant.permission === permission));
}
