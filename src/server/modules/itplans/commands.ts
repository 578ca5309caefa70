import type { z } from 'zod';
import type { openRoundInput, PlanCostYear, RoundInput } from '../../../shared/itplans.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { AppError, type FieldError, notFound, validationFailed } from '../../platform/errors.js';
import { requirePermission } from '../../platform/permissions.js';
import { auditAs } from '../audit/commands.js';
import { itplanRepository } from './repository.js';
import { costsWithin, periodErrors, weightErrors, yearErrors } from './rules.js';

export interface ItplanCommandContext {
  db: Db;
  clock: Clock;
  auth: AuthContext;
}

type OpenRoundInput = z.infer<typeof openRoundInput>;

function roundErrors(input: RoundInput): FieldError[] {
  const period = periodErrors(input.firstYear, input.lastYear);
  return [...(period.length ? period : yearErrors('budgetFrames', input.budgetFrames, input.firstYear, input.lastYear)), ...weightErrors(input.weights)];
}

/**
 * The round's stored fields. The schema declares budget_frames as cost years, but a frame is
 * `{ year, amount }` (the contract's shape, which is what is stored): cast here, and read back in
 * presenter.ts the same way, until the column's type is corrected.
 */
const roundValues = (input: RoundInput) => ({
  title: input.title,
  firstYear: input.firstYear,
  lastYear: input.lastYear,
  budgetYear: input.budgetYear,
  deadline: input.deadline,
  budgetFrames: input.budgetFrames as unknown as PlanCostYear[],
  weights: input.weights,
});

/**
 * Opens a planning round: every department asked (all live ones when none are named) gets its plan
 * to fill in. With a previous round, each department's live needs there are carried into its new
 * plan (revision, not rewrite), with their costs for the years still inside the period.
 */
export async function openRound(ctx: ItplanCommandContext, input: OpenRoundInput): Promise<string> {
  requirePermission(ctx.auth, 'itplan.manage');
  return ctx.db.transaction(async (tx) => {
    const repo = itplanRepository(tx, ctx.auth.organisationId);
    const errors = roundErrors(input);
    const asked = input.departmentIds === null ? null : [...new Set(input.departmentIds)];
    const departments = await repo.liveDepartments(asked);
    if (asked) {
      const live = new Set(departments.map((d) => d.id));
      input.departmentIds!.forEach((id, i) => live.has(id) || errors.push({ field: `departmentIds.${i}`, key: 'unknown_reference' }));
      if (asked.length === 0) errors.push({ field: 'departmentIds', key: 'required' });
    }
    const previous = input.previousRoundId ? await repo.lockRound(input.previousRoundId) : null;
    if (input.previousRoundId && !previous) errors.push({ field: 'previousRoundId', key: 'unknown_reference' });
    if (errors.length) throw validationFailed(errors);

    const at = ctx.clock.now();
    const values = { ...roundValues(input), previousRoundId: previous?.id ?? null };
    const round = await repo.insertRound({ ...values, status: 'open', openedBy: ctx.auth.personId, openedAt: at, createdAt: at, updatedAt: at });
    await auditAs(tx, ctx, 'plan_round', round.id, 'create', null, { ...values, departmentIds: departments.map((d) => d.id) });

    const carried = previous ? await carriedNeeds(repo, previous.id, departments.map((d) => d.id)) : new Map<string, CarriedNeed[]>();
    const plans = await repo.insertPlans(
      departments.map((d) => ({ roundId: round.id, departmentId: d.id, status: carried.get(d.id)?.length ? 'started' : 'not_started', createdAt: at, updatedAt: at })),
    );
    for (const plan of plans) {
      await auditAs(tx, ctx, 'department_plan', plan.id, 'create', null, { roundId: round.id, departmentId: plan.departmentId, status: plan.status });
      const needs = (carried.get(plan.departmentId) ?? []).map(({ id, ...fields }) => ({
        ...fields,
        costs: costsWithin(fields.costs, input.firstYear, input.lastYear),
        roundId: round.id,
        departmentPlanId: plan.id,
        departmentId: plan.departmentId,
        revisedFromId: id,
        createdAt: at,
        updatedAt: at,
      }));
      for (const need of await repo.insertNeeds(needs)) await auditAs(tx, ctx, 'plan_need', need.id, 'create', null, { ...needAudit(need), revisedFromId: need.revisedFromId });
    }
    return round.id;
  });
}

type CarriedNeed = ReturnType<typeof needFields>;

/** Last round's live needs per department, with the fields a revision carries. */
async function carriedNeeds(repo: ReturnType<typeof itplanRepository>, previousRoundId: string, departmentIds: string[]) {
  const plans = (await repo.progress(previousRoundId)).filter((p) => departmentIds.includes(p.plan.departmentId));
  const byPlan = new Map(plans.map((p) => [p.plan.id, p.plan.departmentId]));
  const byDepartment = new Map<string, CarriedNeed[]>();
  for (const need of await repo.needsOfPlans([...byPlan.keys()])) {
    const departmentId = byPlan.get(need.departmentPlanId)!;
    byDepartment.set(departmentId, [...(byDepartment.get(departmentId) ?? []), needFields(need)]);
  }
  return byDepartment;
}

const needFields = (n: NeedRow) => ({
  id: n.id,
  title: n.title,
  description: n.description,
  goalIds: n.goalIds,
  capabilityIds: n.capabilityIds,
  applicationIds: n.applicationIds,
  priority: n.priority,
  costs: n.costs,
  benefit: n.benefit,
  projectId: n.projectId,
  acquisitionId: n.acquisitionId,
  eserviceId: n.eserviceId,
});

type NeedRow = Awaited<ReturnType<ReturnType<typeof itplanRepository>['needsOfPlans']>>[number];

/** What the audit trail keeps of a need: its fields, never the bookkeeping columns. */
export const needAudit = (n: NeedRow) => {
  const { id: _id, eserviceId: _e, ...fields } = needFields(n);
  return { ...fields, departmentPlanId: n.departmentPlanId, initiativeId: n.initiativeId };
};

/** Changes an open round at the version the client read (If-Match): 412 when someone saved first, 409 once decided. */
export async function updateRound(ctx: ItplanCommandContext, id: string, expectedVersion: number, input: RoundInput) {
  requirePermission(ctx.auth, 'itplan.manage');
  return ctx.db.transaction(async (tx) => {
    const repo = itplanRepository(tx, ctx.auth.organisationId);
    const current = await repo.lockRound(id);
    if (!current) throw notFound();
    if (current.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
    if (current.status !== 'open') throw new AppError(409, 'plan_round_decided');
    const errors = roundErrors(input);
    if (errors.length) throw validationFailed(errors);
    const values = roundValues(input);
    const row = await repo.updateRound(id, expectedVersion, { ...values, updatedAt: ctx.clock.now() });
    if (!row) throw new AppError(412, 'precondition_failed');
    const { title, firstYear, lastYear, budgetYear, deadline, budgetFrames, weights } = current;
    await auditAs(tx, ctx, 'plan_round', id, 'update', { title, firstYear, lastYear, budgetYear, deadline, budgetFrames, weights }, values);
    return row.rowVersion;
  });
}
