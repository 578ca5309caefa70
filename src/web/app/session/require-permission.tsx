import type { ReactNode } from 'react';
import type { Permission } from '../../../shared/organisation';
import { ForbiddenPage } from '../../kit/forbidden-page';
import { hasPermission } from '../../kit/session/has-permission';
import { useSession } from '../../kit/session/use-session';

/** Shows its children only to a role with the permission; anyone else reads why not. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const session = useSession();
  return hasPermission(session, permission) ? <>{children}</> : <ForbiddenPage />;
}
