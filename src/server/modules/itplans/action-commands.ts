import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { type NeedInputDraft, needInput } from '../../../shared/itplans.js';
import type { initiativeAcquisitionInput } from '../../../shared/plan-actions.js';
import { projectInput } from '../../../shared/portfolio.js';
import type { Db } from '../../platform/db.js';
import { AppError, type FieldError, notFound, validationFailed } from '../../platform/errors.js';
import { requirePermission } from '../../platform/permissions.js';
import { reportNeed } from '../acquisitions/commands.js';
import { auditAs } from '../audit/commands.js';
import { insertProjectProposal } from '../portfolio/commands.js';
import type { ItplanCommandContext } from './commands.js';
import { addNeed } from './need-commands.js';
import { itplanRepository } from './repository.js';
import { needAsProject } from './rules.js';
import { planInitiatives } from './schema.js';

/**
 * Into action (issue 14, item 5): an initiative of the municipal plan becomes a project of the
 * portfolio or a need on the acquisition route in one step. The project and the acquisition are
 * made by their own modules' commands, in this transaction (DECISIONS 13, 14); this module writes
 * only its own tables: the initiative's link and each of its needs' links.
 */

type Initiative = typeof planInitiatives.$inferSelect;

/** The live initiative, locked, with its live needs: 404 outside the municipality, 409 once it is in action. */
async function initiativeForAction(tx: Db, organisationId: string, id: string) {
  // The round first, as every write of a round locks it (a merge of the same needs waits, not deadlocks).
  if (!(await itplanRepository(tx, organisationId).lockRoundOf('initiative', id))) throw notFound();
  const [initiative] = await tx
    .select()
    .from(planInitiatives)
    .where(and(eq(planInitiatives.organisationId, organisationId), eq(planInitiatives.id, id), isNull(planInitiatives.archivedAt)))
    .for('update');
  if (!initiative) throw notFound();
  if (initiative.projectId || initiative.acquisitionId) throw new AppError(409, 'initiative_in_action');
  const needs = await itplanRepository(tx, organisationId).liveNeedsOf(id);
  return { initiative, needs };
}

/** Links the initiative and every need of it to what it became, each with its audit event. */
async function linkAction(tx: Db, ctx: ItplanCommandContext, initiative: Initiative, needs: { id: string }[], link: { projectId: string } | { acquisitionId: string }) {
  const repo = itplanRepository(tx, ctx.auth.organisationId);
  const at = ctx.clock.now();
  const before = 'projectId' in link ? { projectId: null } : { acquisitionId: null };
  await repo.updateInitiative(initiative.id, { ...link, updatedAt: at });
  await auditAs(tx, ctx, 'plan_initiative', initiative.id, 'update', before, link);
  for (const need of needs) {
    await repo.updateNeed(need.id, null, { ...link, updatedAt: at });
    await auditAs(tx, ctx, 'plan_need', need.id, 'update', before, link);
  }
}

const unique = <T>(xs: T[]) => [...new Set(xs)];

/**
 * Starts a portfolio project (an idea) from the initiative: its title, description as purpose,
 * goals, systems (changed), the departments of its needs, investments and running costs per year
 * and its benefits with their horizon, as the portfolio's input takes them.
 */
export async function initiativeToProject(ctx: ItplanCommandContext, initiativeId: string): Promise<void> {
  requirePermission(ctx.auth, 'itplan.manage');
  await ctx.db.transaction(async (tx) => {
    const { initiative, needs } = await initiativeForAction(tx, ctx.auth.organisationId, initiativeId);
    const repo = itplanRepository(tx, ctx.auth.organisationId);
    const departmentIds = unique(needs.map((n) => n.departmentId));
    requirePermission(ctx.auth, 'project.create', { departmentIds, ownerIds: [] });
    // Only what still exists is carried: a goal or system archived since the plan was written is left out.
    const goals = await repo.goals(initiative.goalIds);
    const systems = await repo.systems(initiative.applicationIds);
    const money = needAsProject(initiative.costs, initiative.benefit ?? { benefits: [], horizonYears: 5 });
    const input = projectInput.parse({
      name: initiative.title,
      purpose: initiative.description,
      goalIds: goals.map((g) => g.id),
      departmentIds,
      systems: systems.map((s) => ({ applicationId: s.id, relation: 'changes' })),
      investments: money.investments,
      yearlyRunningCost: money.yearlyRunningCost,
      runningFromYear: money.runningFromYear,
      benefits: money.benefits,
      horizonYears: money.horizonYears,
    });
    const projectId = await insertProjectProposal(tx, ctx, input);
    await linkAction(tx, ctx, initiative, needs, { projectId });
  });
}

/**
 * Starts a need on the acquisition route from the initiative: its title and description, the
 * department of its first need (or the one chosen), its capabilities (or those chosen), and its
 * costs over the period as the estimated value.
 */
export async function initiativeToAcquisition(ctx: ItplanCommandContext, initiativeId: string, body: z.infer<typeof initiativeAcquisitionInput>): Promise<void> {
  requirePermission(ctx.auth, 'itplan.manage');
  await ctx.db.transaction(async (tx) => {
    const { initiative, needs } = await initiativeForAction(tx, ctx.auth.organisationId, initiativeId);
    const departmentId = body.departmentId ?? needs[0]?.departmentId ?? null;
    const capabilityIds = unique(body.capabilityIds.length ? body.capabilityIds : initiative.capabilityIds);
    const errors: FieldError[] = [];
    if (!departmentId) errors.push({ field: 'departmentId', key: 'required' });
    if (capabilityIds.length === 0) errors.push({ field: 'capabilityIds', key: 'initiative_capability_required' });
    if (errors.length || !departmentId) throw validationFailed(errors);
    const estimatedValue = initiative.costs.reduce((sum, c) => sum + c.investment + c.running, 0);
    const acquisitionId = await reportNeed(
      { db: tx, clock: ctx.clock, auth: ctx.auth },
      { title: initiative.title, needText: initiative.description.trim() || initiative.title, capabilityIds: capabilityIds.slice(0, 30), departmentId, estimatedValue, neededBy: null, procurementPlannedOn: null, procurementStartedOn: null },
    );
    await linkAction(tx, ctx, initiative, needs, { acquisitionId });
  });
}

/**
 * Adds an e-service candidate to an open department plan as a need (issue 14, item 8), through
 * the plan's own command (the writer's department, an open round, a plan not submitted), and
 * marks the need as made from the candidate. `needFor` makes the need from the round's period.
 * Joins the caller's transaction.
 */
export async function addNeedFromEservice(
  ctx: ItplanCommandContext,
  planId: string,
  eserviceId: string,
  needFor: (period: { firstYear: number; lastYear: number }) => NeedInputDraft,
): Promise<string> {
  const repo = itplanRepository(ctx.db, ctx.auth.organisationId);
  const found = await repo.plan(planId);
  if (!found) throw validationFailed([{ field: 'departmentPlanId', key: 'unknown_reference' }]);
  const needId = await addNeed(ctx, planId, needInput.parse(needFor(found.round)));
  const row = await repo.updateNeed(needId, null, { eserviceId, updatedAt: ctx.clock.now() });
  await auditAs(ctx.db, ctx, 'plan_need', needId, 'update', { eserviceId: null }, { eserviceId: row!.eserviceId });
  return needId;
}
