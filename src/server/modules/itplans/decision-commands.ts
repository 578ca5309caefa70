import { and, eq, isNull, sql } from 'drizzle-orm';
import type { PlanDecision } from '../../../shared/itplans.js';
import type { InitiativeInput } from '../../../shared/municipal-plan.js';
import { AppError, notFound, validationFailed } from '../../platform/errors.js';
import { can, requirePermission } from '../../platform/permissions.js';
import type { RequestScope } from '../../platform/scope.js';
import { auditAs } from '../audit/commands.js';
import type { ItplanCommandContext } from './commands.js';
import { frozen, presentMunicipalPlan } from './municipal-queries.js';
import { itplanRepository } from './repository.js';
import { adjustedAfter, normalisedCosts, yearErrors } from './rules.js';
import { planInitiatives, planVersions } from './schema.js';

/**
 * The strategist's writes on the municipal plan (issue 14, item 4): an initiative's wording,
 * priority and costs; and the decision, which freezes the plan as a version and closes the round.
 */

/**
 * Changes an initiative of an open round at the version the client read (If-Match). The fields
 * changed are remembered as the strategist's (`adjustedFields`), so that the department's next
 * submission refreshes the rest from its need and keeps these. Locks the round before the
 * initiative, as every write of a round does.
 */
export async function updateInitiative(ctx: ItplanCommandContext, id: string, expectedVersion: number, input: InitiativeInput) {
  requirePermission(ctx.auth, 'itplan.manage');
  return ctx.db.transaction(async (tx) => {
    const repo = itplanRepository(tx, ctx.auth.organisationId);
    const inOrg = and(eq(planInitiatives.organisationId, ctx.auth.organisationId), eq(planInitiatives.id, id), isNull(planInitiatives.archivedAt));
    const round = await repo.lockRoundOf('initiative', id);
    const [current] = round ? await tx.select().from(planInitiatives).where(inOrg).for('update') : [];
    if (!round || !current) throw notFound();
    if (current.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
    if (round.status !== 'open') throw new AppError(409, 'plan_round_decided');
    const errors = yearErrors('costs', input.costs, round.firstYear, round.lastYear);
    if (errors.length) throw validationFailed(errors);
    const values = { title: input.title, description: input.description, priority: input.priority, costs: normalisedCosts(input.costs) };
    const needs = await repo.liveNeedsOf(id);
    const adjustedFields = adjustedAfter(current.adjustedFields, current, { ...current, ...values }, needs.length === 1 ? needs[0]! : null);
    const [row] = await tx
      .update(planInitiatives)
      .set({ ...values, adjustedFields, updatedAt: ctx.clock.now(), rowVersion: sql`${planInitiatives.rowVersion} + 1` })
      .where(and(inOrg, eq(planInitiatives.rowVersion, expectedVersion)))
      .returning();
    if (!row) throw new AppError(412, 'precondition_failed');
    const { title, description, priority, costs } = current;
    await auditAs(tx, ctx, 'plan_initiative', id, 'update', { title, description, priority, costs, adjustedFields: current.adjustedFields }, { ...values, adjustedFields });
    return row.rowVersion;
  });
}

/**
 * Records the decision on a round's municipal plan (If-Match on the round): the plan as it stands
 * is frozen as the next version, the round becomes `decided`, and from then on its needs, plans
 * and initiatives refuse changes (409 plan_round_decided). Returns the version's number.
 */
export async function decidePlan(ctx: ItplanCommandContext, roundId: string, expectedVersion: number, decision: PlanDecision) {
  requirePermission(ctx.auth, 'itplan.manage');
  return ctx.db.transaction(async (tx) => {
    const repo = itplanRepository(tx, ctx.auth.organisationId);
    const round = await repo.lockRound(roundId);
    if (!round) throw notFound();
    if (round.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
    if (round.status !== 'open') throw new AppError(409, 'plan_round_decided');
    // The decision is a fact: it has been taken.
    if (decision.decidedOn > ctx.clock.today()) throw validationFailed([{ field: 'decidedOn', key: 'date_after_today' }]);
    const version = (round.decidedVersion ?? 0) + 1;
    const scope: Pick<RequestScope, 'organisationId' | 'clock' | 'can'> = { organisationId: ctx.auth.organisationId, clock: ctx.clock, can: (permission, record) => can(ctx.auth, permission, record) };
    const snapshot = { ...frozen(await presentMunicipalPlan(scope, roundId, tx)), allowedManage: false };
    snapshot.round = { ...snapshot.round, status: 'decided', decidedVersion: version };
    const at = ctx.clock.now();
    await tx.insert(planVersions).values({ organisationId: ctx.auth.organisationId, roundId, version, decision, snapshot, decidedBy: ctx.auth.personId, createdAt: at, updatedAt: at });
    const row = await repo.updateRound(roundId, expectedVersion, { status: 'decided', decision, decidedVersion: version, updatedAt: at });
    if (!row) throw new AppError(412, 'precondition_failed');
    await auditAs(tx, ctx, 'plan_round', roundId, 'decide', { status: round.status, decidedVersion: round.decidedVersion }, { status: 'decided', decidedVersion: version, decision, initiatives: snapshot.initiatives.length });
    return version;
  });
}
