import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { requirePermission } from '../../platform/permissions.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import { auditAs } from '../audit/commands.js';
import { applications } from './schema.js';

/** A hand-over's context: `db` is the hand-over's transaction, which this joins (DECISIONS.md 13). */
interface ReassignContext {
  db: Db;
  clock: Clock;
  auth: AuthContext;
}

/**
 * Moves every live system a person owns (or manages) to another person, when the first leaves.
 * The caller has checked that the new person is active in the municipality; each system gets an
 * audit event `handover` with the field before and after, so its history shows the change.
 */
export async function reassignApplications(ctx: ReassignContext, role: 'owner' | 'manager', fromPersonId: string, toPersonId: string): Promise<number> {
  requirePermission(ctx.auth, 'organisation.manage');
  const column = role === 'owner' ? applications.ownerId : applications.managerId;
  const field = role === 'owner' ? 'ownerId' : 'managerId';
  return ctx.db.transaction(async (tx) => {
    const at = ctx.clock.now();
    const moved = await tx
      .update(applications)
      .set({ [field]: toPersonId, updatedAt: at, rowVersion: sql`${applications.rowVersion} + 1` })
      .where(and(eq(applications.organisationId, ctx.auth.organisationId), isNull(applications.archivedAt), eq(column, fromPersonId)))
      .returning({ id: applications.id });
    for (const { id } of moved) await auditAs(tx, ctx, 'application', id, 'handover', { [field]: fromPersonId }, { [field]: toPersonId });
    return moved.length;
  });
}
