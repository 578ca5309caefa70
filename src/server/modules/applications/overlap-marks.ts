import { and, eq, sql } from 'drizzle-orm';
import type { OverlapMarkInput } from '../../../shared/applications.js';
import type { Db } from '../../platform/db.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import { scopeOf } from '../../platform/permissions.js';
import { auditAs } from '../audit/commands.js';
import { visibleCapabilities } from '../organisation/queries.js';
import type { ApplicationCommandContext } from './commands.js';
import { overlapMarks } from './schema.js';

/** The overlap marks of one municipality. */
export function overlapMarkRepository(db: Db, organisationId: string) {
  const inOrg = eq(overlapMarks.organisationId, organisationId);
  const columns = {
    capabilityId: overlapMarks.capabilityId,
    status: overlapMarks.status,
    reason: overlapMarks.reason,
    reviewOn: overlapMarks.reviewOn,
    rowVersion: overlapMarks.rowVersion,
  };
  return {
    async list() {
      return db.select(columns).from(overlapMarks).where(inOrg);
    },
    async get(capabilityId: string) {
      const [row] = await db.select(columns).from(overlapMarks).where(and(inOrg, eq(overlapMarks.capabilityId, capabilityId)));
      return row ?? null;
    },
    /** Null when the group is marked already (two people marking it at once: the second learns it). */
    async insert(capabilityId: string, input: OverlapMarkInput, at: Date) {
      const [row] = await db
        .insert(overlapMarks)
        .values({ organisationId, capabilityId, ...input, createdAt: at, updatedAt: at })
        .onConflictDoNothing()
        .returning(columns);
      return row ?? null;
    },
    /** Changes the mark only when the stored row version is the one the client read; null otherwise. */
    async update(capabilityId: string, expectedVersion: number, input: OverlapMarkInput, at: Date) {
      const [row] = await db
        .update(overlapMarks)
        .set({ ...input, updatedAt: at, rowVersion: sql`${overlapMarks.rowVersion} + 1` })
        .where(and(inOrg, eq(overlapMarks.capabilityId, capabilityId), eq(overlapMarks.rowVersion, expectedVersion)))
        .returning(columns);
      return row ?? null;
    },
    async remove(capabilityId: string, expectedVersion: number) {
      const [row] = await db
        .delete(overlapMarks)
        .where(and(inOrg, eq(overlapMarks.capabilityId, capabilityId), eq(overlapMarks.rowVersion, expectedVersion)))
        .returning(columns);
      return row ?? null;
    },
  };
}

export type StoredOverlapMark = Awaited<ReturnType<ReturnType<typeof overlapMarkRepository>['list']>>[number];

/** Judging an overlap is a judgement on the whole register: only those who change every system may. */
function requireWholeRegister(ctx: ApplicationCommandContext) {
  if (scopeOf(ctx.auth, 'application.update') !== 'all') throw forbidden();
}

async function requireCapability(db: Db, organisationId: string, capabilityId: string) {
  if (!(await visibleCapabilities(db, organisationId, [capabilityId])).has(capabilityId)) throw notFound();
}

const audited = (mark: StoredOverlapMark | null) => mark && { status: mark.status, reason: mark.reason, reviewOn: mark.reviewOn };

/** Marks an overlap group intended or under migration; audited in the same transaction. */
export function markOverlap(ctx: ApplicationCommandContext, capabilityId: string, input: OverlapMarkInput) {
  requireWholeRegister(ctx);
  return ctx.db.transaction(async (tx) => {
    await requireCapability(tx, ctx.auth.organisationId, capabilityId);
    const row = await overlapMarkRepository(tx, ctx.auth.organisationId).insert(capabilityId, input, ctx.clock.now());
    if (!row) throw new AppError(409, 'overlap_already_marked');
    await auditAs(tx, ctx, 'overlap_mark', capabilityId, 'create', null, audited(row));
    return row;
  });
}

/** Changes a mark the client read (If-Match): a stale version answers 412 and nothing is written. */
export function updateOverlapMark(ctx: ApplicationCommandContext, capabilityId: string, expectedVersion: number, input: OverlapMarkInput) {
  requireWholeRegister(ctx);
  return ctx.db.transaction(async (tx) => {
    const repo = overlapMarkRepository(tx, ctx.auth.organisationId);
    const before = await repo.get(capabilityId);
    if (!before) throw notFound();
    const row = await repo.update(capabilityId, expectedVersion, input, ctx.clock.now());
    if (!row) throw new AppError(412, 'precondition_failed');
    await auditAs(tx, ctx, 'overlap_mark', capabilityId, 'update', audited(before), audited(row));
    return row;
  });
}

/** Removes a mark the client read: the group counts in the possible saving again. */
export function unmarkOverlap(ctx: ApplicationCommandContext, capabilityId: string, expectedVersion: number) {
  requireWholeRegister(ctx);
  return ctx.db.transaction(async (tx) => {
    const repo = overlapMarkRepository(tx, ctx.auth.organisationId);
    const before = await repo.get(capabilityId);
    if (!before) throw notFound();
    if (!(await repo.remove(capabilityId, expectedVersion))) throw new AppError(412, 'precondition_failed');
    await auditAs(tx, ctx, 'overlap_mark', capabilityId, 'delete', audited(before), null);
  });
}
