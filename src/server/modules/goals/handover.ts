import { and, eq, isNull, sql } from 'drizzle-orm';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { requirePermission } from '../../platform/permissions.js';
import { auditAs } from '../audit/commands.js';
import { kpis } from './schema.js';

/**
 * Moves every live KPI a person owns to another person, when the first leaves; one audit event
 * `handover` per KPI. The caller has checked the new owner is active in the municipality.
 */
export async function reassignKpis(ctx: { db: Db; clock: Clock; auth: AuthContext }, fromPersonId: string, toPersonId: string): Promise<number> {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction(async (tx) => {
    const at = ctx.clock.now();
    const moved = await tx
      .update(kpis)
      .set({ ownerId: toPersonId, updatedAt: at, rowVersion: sql`${kpis.rowVersion} + 1` })
      .where(and(eq(kpis.organisationId, ctx.auth.organisationId), isNull(kpis.archivedAt), eq(kpis.ownerId, fromPersonId)))
      .returning({ id: kpis.id });
    for (const { id } of moved) await auditAs(tx, ctx, 'kpi', id, 'handover', { ownerId: fromPersonId }, { ownerId: toPersonId });
    return moved.length;
  });
}
