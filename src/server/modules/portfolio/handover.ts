import { and, eq, isNull, notInArray, sql } from 'drizzle-orm';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { requirePermission } from '../../platform/permissions.js';
import { auditAs } from '../audit/commands.js';
import { projects } from './schema.js';

type ReassignContext = { db: Db; clock: Clock; auth: AuthContext };

/** A closed or cancelled project keeps the owner and sponsor it had: they are its record. */
const FINISHED = ['closed', 'cancelled'];

/**
 * Moves every running project a person owns (or sponsors) to another person, when the first
 * leaves; one audit event `handover` per project. The caller has checked the new person.
 */
export async function reassignProjects(ctx: ReassignContext, role: 'owner' | 'sponsor', fromPersonId: string, toPersonId: string): Promise<number> {
  requirePermission(ctx.auth, 'organisation.manage');
  const column = role === 'owner' ? projects.ownerId : projects.sponsorId;
  const field = role === 'owner' ? 'ownerId' : 'sponsorId';
  return ctx.db.transaction(async (tx) => {
    const at = ctx.clock.now();
    const moved = await tx
      .update(projects)
      .set({ [field]: toPersonId, updatedAt: at, rowVersion: sql`${projects.rowVersion} + 1` })
      .where(and(eq(projects.organisationId, ctx.auth.organisationId), isNull(projects.archivedAt), eq(column, fromPersonId), notInArray(projects.status, FINISHED)))
      .returning({ id: projects.id });
    for (const { id } of moved) await auditAs(tx, ctx, 'project', id, 'handover', { [field]: fromPersonId }, { [field]: toPersonId });
    return moved.length;
  });
}

/**
 * Moves a person's open benefit follow-ups (effekthemtagning, not yet done) to another person, in
 * every live project, closed ones too: the benefit is taken home after delivery. A done follow-up
 * keeps who did it. Returns how many follow-ups moved; one audit event per project.
 */
export async function reassignBenefitFollowUps(ctx: ReassignContext, fromPersonId: string, toPersonId: string): Promise<number> {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: projects.id, realisation: projects.realisation })
      .from(projects)
      .where(
        and(
          eq(projects.organisationId, ctx.auth.organisationId),
          isNull(projects.archivedAt),
          sql`${projects.realisation} @> ${JSON.stringify([{ responsibleId: fromPersonId, doneOn: null }])}::jsonb`,
        ),
      )
      .for('update');
    const at = ctx.clock.now();
    let count = 0;
    for (const row of rows) {
      const open = (f: (typeof row.realisation)[number]) => f.responsibleId === fromPersonId && f.doneOn === null;
      const titles = row.realisation.filter(open).map((f) => f.title);
      const realisation = row.realisation.map((f) => (open(f) ? { ...f, responsibleId: toPersonId } : f));
      await tx
        .update(projects)
        .set({ realisation, updatedAt: at, rowVersion: sql`${projects.rowVersion} + 1` })
        .where(and(eq(projects.organisationId, ctx.auth.organisationId), eq(projects.id, row.id)));
      await auditAs(tx, ctx, 'project', row.id, 'handover', { realisation: titles.map((title) => ({ title, responsibleId: fromPersonId })) }, { realisation: titles.map((title) => ({ title, responsibleId: toPersonId })) });
      count += titles.length;
    }
    return count;
  });
}
