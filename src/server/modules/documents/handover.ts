import { and, eq, isNull, notInArray, sql } from 'drizzle-orm';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { requirePermission } from '../../platform/permissions.js';
import { auditAs } from '../audit/commands.js';
import { documents } from './schema.js';

/**
 * Moves every steering document in force or in the making that a person owns to another person,
 * when the first leaves; a repealed or replaced document keeps the owner it had. One audit event
 * `handover` per document. The caller has checked the new owner is active in the municipality.
 */
export async function reassignDocuments(ctx: { db: Db; clock: Clock; auth: AuthContext }, fromPersonId: string, toPersonId: string): Promise<number> {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction(async (tx) => {
    const at = ctx.clock.now();
    const moved = await tx
      .update(documents)
      .set({ ownerId: toPersonId, updatedAt: at, rowVersion: sql`${documents.rowVersion} + 1` })
      .where(
        and(
          eq(documents.organisationId, ctx.auth.organisationId),
          isNull(documents.archivedAt),
          eq(documents.ownerId, fromPersonId),
          notInArray(documents.status, ['repealed', 'replaced']),
        ),
      )
      .returning({ id: documents.id });
    for (const { id } of moved) await auditAs(tx, ctx, 'document', id, 'handover', { ownerId: fromPersonId }, { ownerId: toPersonId });
    return moved.length;
  });
}
