import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { requirePermission } from '../../platform/permissions.js';
import { auditAs } from '../audit/commands.js';
import { people } from './schema.js';

type Context = { db: Db; clock: Clock; auth: AuthContext };

/**
 * Locks the person a hand-over is about (active or already deactivated) for the rest of the
 * transaction and checks the caller read their current version, so two admins handing over the
 * same person take turns and the second one's stale version is refused.
 */
export async function lockPersonForHandover(ctx: Context, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  const [row] = await ctx.db
    .select({ id: people.id, name: people.name, archivedAt: people.archivedAt, rowVersion: people.rowVersion })
    .from(people)
    .where(and(eq(people.organisationId, ctx.auth.organisationId), eq(people.id, id)))
    .for('update');
  if (!row) throw notFound();
  if (row.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
  return row;
}

/** Which of the ids are people of the municipality, and whether each is active. */
export async function handoverTargets(db: Db, organisationId: string, ids: string[]): Promise<Map<string, { active: boolean }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: people.id, archivedAt: people.archivedAt })
    .from(people)
    .where(and(eq(people.organisationId, organisationId), inArray(people.id, ids)));
  return new Map(rows.map((r) => [r.id, { active: r.archivedAt === null }]));
}

/**
 * Records on the person that their responsibilities were handed over (what, to whom), and moves
 * their version on, so a hand-over view opened before it is stale.
 */
export async function recordHandover(ctx: Context, id: string, summary: { kind: string; count: number; toPersonId: string }[]): Promise<number> {
  requirePermission(ctx.auth, 'organisation.manage');
  const [row] = await ctx.db
    .update(people)
    .set({ updatedAt: ctx.clock.now(), rowVersion: sql`${people.rowVersion} + 1` })
    .where(and(eq(people.organisationId, ctx.auth.organisationId), eq(people.id, id)))
    .returning({ rowVersion: people.rowVersion });
  if (!row) throw notFound();
  await auditAs(ctx.db, ctx, 'person', id, 'handover', null, { handedOver: summary });
  return row.rowVersion;
}
