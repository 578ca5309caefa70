import type { NeedInputDraft } from '../../../shared/itplans.js';
import { type ProjectInputDraft, projectInput } from '../../../shared/portfolio.js';
import type { Db } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { requirePermission } from '../../platform/permissions.js';
import { auditAs } from '../audit/commands.js';
import { addNeedFromEservice } from '../itplans/action-commands.js';
import { insertProjectProposal } from '../portfolio/commands.js';
import { type EserviceCommandContext, eserviceRecord } from './commands.js';
import { eserviceRepository } from './repository.js';
import { digitisationAsProject } from './rules.js';
import type { eservices } from './schema.js';

/**
 * A candidate becomes a project or an IT-plan need in one step (issue 14, item 8). The project and
 * the need are made by their own modules' commands in this transaction; this module writes only
 * the candidate's link back.
 */

type Row = typeof eservices.$inferSelect;

/** The candidate, locked: 404 outside the municipality, 403 without the right to change it, 409 if not a free candidate. */
async function candidateForAction(tx: Db, ctx: EserviceCommandContext, id: string) {
  const repo = eserviceRepository(tx, ctx.auth.organisationId);
  const row = await repo.lock(id);
  if (!row || row.archivedAt) throw notFound();
  const record = await eserviceRecord(tx, ctx.auth.organisationId, row.ownerId);
  requirePermission(ctx.auth, 'application.update', record);
  if (!row.candidate) throw new AppError(409, 'eservice_not_candidate');
  if (row.projectId || row.planNeedId) throw new AppError(409, 'eservice_in_action');
  return { repo, row, record };
}

/** The digitisation valued as the portfolio takes a project, each benefit named (the register's words are Swedish, as the municipality's data). */
function money(row: Row) {
  if (!row.digitisation) return null;
  const m = digitisationAsProject(row.digitisation, row.yearlyVolume);
  const benefits = m.benefits.map((b) => ({
    ...b,
    description: b.kind === 'indirect' ? `Frigjord handläggningstid: ${row.name}` : `Övrig nytta per år: ${row.name}`,
    recipient: '',
    measuredBy: '',
    kpiId: null,
  })) as NonNullable<ProjectInputDraft['benefits']>;
  return { ...m, benefits };
}

async function link(tx: Db, ctx: EserviceCommandContext, row: Row, values: { projectId: string } | { planNeedId: string }) {
  const updated = await eserviceRepository(tx, ctx.auth.organisationId).update(row.id, row.rowVersion, { ...values, updatedAt: ctx.clock.now() });
  if (!updated) throw new AppError(412, 'precondition_failed');
  await auditAs(tx, ctx, 'eservice', row.id, 'update', 'projectId' in values ? { projectId: null } : { planNeedId: null }, values);
}

/** Starts a portfolio project (an idea) from the candidate, with its systems and its digitisation's costs and benefits. */
export async function eserviceToProject(ctx: EserviceCommandContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { row, record } = await candidateForAction(tx, ctx, id);
    requirePermission(ctx.auth, 'project.create', { departmentIds: record.departmentIds, ownerIds: [] });
    const m = money(row);
    const input = projectInput.parse({
      name: row.name,
      purpose: row.description,
      departmentIds: record.departmentIds,
      ownerId: row.ownerId,
      systems: row.applicationIds.map((applicationId) => ({ applicationId, relation: 'changes' })),
      ...(m ? { investments: m.investments, yearlyRunningCost: m.yearlyRunningCost, runningFromYear: m.runningFromYear, benefits: m.benefits, horizonYears: m.horizonYears } : {}),
    });
    const projectId = await insertProjectProposal(tx, ctx, input);
    await link(tx, ctx, row, { projectId });
  });
}

/** The candidate as a need of a plan for the round's period: the build cost in its year (kept inside the period), running costs after. */
function needOf(row: Row, period: { firstYear: number; lastYear: number }): NeedInputDraft {
  const m = money(row);
  const d = row.digitisation;
  const costs: NonNullable<NeedInputDraft['costs']> = [];
  if (d) {
    const built = Math.min(Math.max(d.firstYear, period.firstYear), period.lastYear);
    if (d.buildCost > 0) costs.push({ year: built, investment: d.buildCost, running: 0 });
    for (let year = built + 1; year <= period.lastYear && d.yearlyRunningCost > 0; year++) costs.push({ year, investment: 0, running: d.yearlyRunningCost });
  }
  return {
    title: row.name,
    description: row.description,
    applicationIds: row.applicationIds,
    costs,
    benefit: m && m.benefits.length ? { benefits: m.benefits, horizonYears: m.horizonYears } : null,
  };
}

/** Adds the candidate as a need to an open department plan (the plan's writer, in the plan's department). */
export async function eserviceToPlanNeed(ctx: EserviceCommandContext, id: string, departmentPlanId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { row } = await candidateForAction(tx, ctx, id);
    const planNeedId = await addNeedFromEservice({ db: tx, clock: ctx.clock, auth: ctx.auth }, departmentPlanId, row.id, (period) => needOf(row, period));
    await link(tx, ctx, row, { planNeedId });
  });
}
