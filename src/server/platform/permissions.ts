import type { Permission, PermissionScope } from '../../shared/organisation.js';
import type { AuthContext } from './auth.js';
import { forbidden } from './errors.js';

/** The widest scope the person's role grants for a permission, or null. */
export function scopeOf(auth: AuthContext, permission: Permission): PermissionScope | null {
  let best: PermissionScope | null = null;
  for (const grant of auth.grants) {
    if (grant.permission !== permission) continue;
    if (grant.scope === 'all') return 'all';
    if (grant.scope === 'department' || best === null) best = grant.scope;
  }
  return best;
}

/** What a scoped permission needs to know about a record. */
export interface ScopedRecord {
  departmentIds: string[];
  ownerIds: (string | null)[];
}

/** One place decides whether a person may act on a record (STYLE.md 4 and 7). */
export function can(auth: AuthContext, permission: Permission, record?: ScopedRecord): boolean {
  const scope = scopeOf(auth, permission);
  if (scope === null) return false;
  if (scope === 'all') return true;
  // Without a record the question is "may the person do this to some record at all?".
  if (!record) return true;
  if (scope === 'department') {
    return (auth.departmentId !== null && record.departmentIds.includes(auth.departmentId)) || record.ownerIds.includes(auth.personId);
  }
  return record.ownerIds.includes(auth.personId);
}

export function requirePermission(auth: AuthContext, permission: Permission, record?: ScopedRecord) {
  if (!can(auth, permission, record)) throw forbidden();
}

