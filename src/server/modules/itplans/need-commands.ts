import type { DepartmentPlanStatus, NeedInput, RoundStatus } from '../../../shared/itplans.js';
import type { Db } from '../../platform/db.js';
import { AppError, type FieldError, notFound, validationFailed } from '../../platform/errors.js';
import { requirePermission } from '../../platform/permissions.js';
import { auditAs } from '../audit/commands.js';
import { type ItplanCommandContext, needAudit } from './commands.js';
import { itplanRepository } from './repository.js';
import { initiativeSync, needFieldsOf, needWriteRefusal, normalisedCosts, refreshedFields, reopenRefusal, statusAfterNeedWritten, submitRefusal, yearErrors } from './rules.js';

type Repo = ReturnType<typeof itplanRepository>;
type PlanRow = NonNullable<Awaited<ReturnType<Repo['lockPlan']>>>;

/** A plan belongs to its department: a head of department writes the own department's plan only. */
export const planRecord = (plan: { departmentId: string }) => ({ departmentIds: [plan.departmentId], ownerIds: [] });

/** Every reference must point into the municipality, and every cost year into the round's period. */
async function checkNeed(repo: Repo, input: NeedInput, period: { firstYear: number; lastYear: number }) {
  const errors: FieldError[] = [];
  const known = async (field: string, ids: string[], found: (ids: string[]) => Promise<{ id: string }[]>) => {
    const live = new Set((await found([...new Set(ids)])).map((r) => r.id));
    ids.forEach((id, i) => live.has(id) || errors.push({ field: `${field}.${i}`, key: 'unknown_reference' }));
  };
  await known('goalIds', input.goalIds, (ids) => repo.goals(ids));
  await known('capabilityIds', input.capabilityIds, (ids) => repo.capabilities(ids, 'sv'));
  await known('applicationIds', input.applicationIds, (ids) => repo.systems(ids));
  if (input.projectId && !(await repo.projects([input.projectId])).length) errors.push({ field: 'projectId', key: 'unknown_reference' });
  if (input.acquisitionId && !(await repo.acquisitions([input.acquisitionId])).length) errors.push({ field: 'acquisitionId', key: 'unknown_reference' });
  errors.push(...yearErrors('costs', input.costs, period.firstYear, period.lastYear));
  if (errors.length) throw validationFailed(errors);
}

const needValues = (input: NeedInput) => ({
  ...input,
  goalIds: [...new Set(input.goalIds)],
  capabilityIds: [...new Set(input.capabilityIds)],
  applicationIds: [...new Set(input.applicationIds)],
  costs: normalisedCosts(input.costs),
});

/**
 * The plan a need is written in, locked, with its round: 404 outside the municipality, 403 outside
 * the writer's department, 409 once the round is decided or the plan submitted.
 */
async function writablePlan(tx: Db, ctx: ItplanCommandContext, planId: string) {
  const repo = itplanRepository(tx, ctx.auth.organisationId);
  const round = await repo.lockRoundOf('plan', planId);
  const plan = round ? await repo.lockPlan(planId) : null;
  if (!plan || !round) throw notFound();
  requirePermission(ctx.auth, 'itplan.write', planRecord(plan));
  return { repo, plan, round };
}

function refuseWrite(round: { status: string }, plan: { status: string }) {
  const refusal = needWriteRefusal(round.status as RoundStatus, plan.status as DepartmentPlanStatus);
  if (refusal) throw new AppError(409, refusal);
}

/** The first need written moves the plan from not started to started. */
async function markStarted(tx: Db, ctx: ItplanCommandContext, repo: Repo, plan: PlanRow) {
  const status = statusAfterNeedWritten(plan.status as DepartmentPlanStatus);
  if (status === plan.status) return;
  await repo.updatePlan(plan.id, null, { status, updatedAt: ctx.clock.now() });
  await auditAs(tx, ctx, 'department_plan', plan.id, 'update', { status: plan.status }, { status });
}

/** Adds a need to a department's plan. */
export async function addNeed(ctx: ItplanCommandContext, planId: string, input: NeedInput): Promise<string> {
  return ctx.db.transaction(async (tx) => {
    const { repo, plan, round } = await writablePlan(tx, ctx, planId);
    refuseWrite(round, plan);
    await checkNeed(repo, input, round);
    const at = ctx.clock.now();
    const [need] = await repo.insertNeeds([{ ...needValues(input), roundId: round.id, departmentPlanId: plan.id, departmentId: plan.departmentId, createdAt: at, updatedAt: at }]);
    await auditAs(tx, ctx, 'plan_need', need!.id, 'create', null, needAudit(need!));
    await markStarted(tx, ctx, repo, plan);
    return need!.id;
  });
}

/** The need, locked, with its plan and round; 412 when the client read an older version. */
async function writableNeed(tx: Db, ctx: ItplanCommandContext, needId: string, expectedVersion: number) {
  const repo = itplanRepository(tx, ctx.auth.organisationId);
  const unlocked = await repo.need(needId);
  if (!unlocked) throw notFound();
  const found = await writablePlan(tx, ctx, unlocked.departmentPlanId);
  const current = await repo.lockNeed(needId);
  if (!current) throw notFound();
  if (current.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
  refuseWrite(found.round, found.plan);
  return { ...found, current };
}

/** Changes a need at the version the client read (If-Match). */
export async function updateNeed(ctx: ItplanCommandContext, needId: string, expectedVersion: number, input: NeedInput) {
  return ctx.db.transaction(async (tx) => {
    const { repo, plan, round, current } = await writableNeed(tx, ctx, needId, expectedVersion);
    await checkNeed(repo, input, round);
    const row = await repo.updateNeed(needId, expectedVersion, { ...needValues(input), updatedAt: ctx.clock.now() });
    if (!row) throw new AppError(412, 'precondition_failed');
    await auditAs(tx, ctx, 'plan_need', needId, 'update', needAudit(current), needAudit(row));
    await markStarted(tx, ctx, repo, plan);
    return row.rowVersion;
  });
}

/** Removes a need from a plan not submitted: archived, never purged; its initiative is archived when the plan is submitted again. */
export async function removeNeed(ctx: ItplanCommandContext, needId: string, expectedVersion: number) {
  await ctx.db.transaction(async (tx) => {
    const { repo, current } = await writableNeed(tx, ctx, needId, expectedVersion);
    const row = await repo.updateNeed(needId, expectedVersion, { archivedAt: ctx.clock.now(), updatedAt: ctx.clock.now() });
    if (!row) throw new AppError(412, 'precondition_failed');
    await auditAs(tx, ctx, 'plan_need', needId, 'archive', needAudit(current), null);
  });
}

/**
 * Submits a department's plan to the municipal plan (If-Match on the plan): each need without an
 * initiative gets its own, single-need initiatives are refreshed from their need (except in the
 * fields the strategist adjusted on the municipal plan), and initiatives
 * whose needs were all removed are archived (rules.ts, `initiativeSync`).
 */
export async function submitPlan(ctx: ItplanCommandContext, planId: string, expectedVersion: number) {
  return ctx.db.transaction(async (tx) => {
    const { repo, plan, round } = await writablePlan(tx, ctx, planId);
    if (plan.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
    const refusal = submitRefusal(round.status as RoundStatus, plan.status as DepartmentPlanStatus);
    if (refusal) throw new AppError(409, refusal);
    const at = ctx.clock.now();
    const live = await repo.needsOfPlans([plan.id]);
    const removed = await repo.removedNeedsWithInitiative(plan.id);
    const linked = [...new Set([...live, ...removed].flatMap((n) => (n.initiativeId ? [n.initiativeId] : [])))];
    const sync = initiativeSync(live, removed, await repo.liveNeedsPerInitiative(linked));
    const byId = new Map(live.map((n) => [n.id, n]));
    for (const needId of sync.create) {
      const need = byId.get(needId)!;
      const initiative = await repo.insertInitiative({ ...needFieldsOf(need), roundId: round.id, createdAt: at, updatedAt: at });
      await auditAs(tx, ctx, 'plan_initiative', initiative.id, 'create', null, { ...needFieldsOf(need), needIds: [need.id] });
      await repo.updateNeed(need.id, null, { initiativeId: initiative.id, updatedAt: at });
      await auditAs(tx, ctx, 'plan_need', need.id, 'update', { initiativeId: null }, { initiativeId: initiative.id });
    }
    const before = new Map((await repo.initiatives(sync.refresh.map((r) => r.initiativeId))).map((i) => [i.id, i]));
    for (const { needId, initiativeId } of sync.refresh) {
      const initiative = before.get(initiativeId)!;
      const after = refreshedFields(byId.get(needId)!, initiative.adjustedFields);
      const was = Object.fromEntries(Object.keys(after).map((f) => [f, initiative[f as keyof typeof after]]));
      await repo.updateInitiative(initiativeId, { ...after, updatedAt: at });
      await auditAs(tx, ctx, 'plan_initiative', initiativeId, 'update', was, after);
    }
    for (const initiativeId of sync.archive) {
      await repo.updateInitiative(initiativeId, { archivedAt: at, updatedAt: at });
      await auditAs(tx, ctx, 'plan_initiative', initiativeId, 'archive', { archivedAt: null }, { archivedAt: at.toISOString() });
    }
    const row = await repo.updatePlan(plan.id, expectedVersion, { status: 'submitted', submittedAt: at, submittedBy: ctx.auth.personId, updatedAt: at });
    if (!row) throw new AppError(412, 'precondition_failed');
    await auditAs(tx, ctx, 'department_plan', plan.id, 'submit', { status: plan.status }, { status: 'submitted', submittedBy: ctx.auth.personId, needs: live.length });
    return row.rowVersion;
  });
}

/** Returns a submitted plan to the department for changes (the strategist, If-Match on the plan). */
export async function reopenPlan(ctx: ItplanCommandContext, planId: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'itplan.manage');
  return ctx.db.transaction(async (tx) => {
    const repo = itplanRepository(tx, ctx.auth.organisationId);
    const round = await repo.lockRoundOf('plan', planId);
    const plan = round ? await repo.lockPlan(planId) : null;
    if (!plan || !round) throw notFound();
    if (plan.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
    const refusal = reopenRefusal(round.status as RoundStatus, plan.status as DepartmentPlanStatus);
    if (refusal) throw new AppError(409, refusal);
    const row = await repo.updatePlan(plan.id, expectedVersion, { status: 'started', submittedAt: null, submittedBy: null, updatedAt: ctx.clock.now() });
    if (!row) throw new AppError(412, 'precondition_failed');
    await auditAs(tx, ctx, 'department_plan', plan.id, 'reopen', { status: plan.status, submittedAt: plan.submittedAt, submittedBy: plan.submittedBy }, { status: 'started' });
    return row.rowVersion;
  });
}
