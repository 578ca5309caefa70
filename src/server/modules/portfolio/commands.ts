import type { ProjectInput, ProjectStatus } from '../../../shared/portfolio.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { AppError, type FieldError, notFound, validationFailed } from '../../platform/errors.js';
import { applications } from '../applications/schema.js';
import { auditAs } from '../audit/commands.js';
import { kpis } from '../goals/schema.js';
import { requirePermission } from '../../platform/permissions.js';
import { liveDepartments, livePeople } from '../organisation/queries.js';
import { ruleInForce } from '../rules/queries.js';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { valuationOf } from './presenter.js';
import { projectRepository } from './repository.js';
import { approvalProblems, canMoveProject } from './rules.js';

export interface ProjectCommandContext {
  db: Db;
  clock: Clock;
  auth: AuthContext;
}

const record = (p: { departmentIds: string[]; ownerId: string | null; sponsorId: string | null }) => ({ departmentIds: p.departmentIds, ownerIds: [p.ownerId, p.sponsorId] });

async function liveIds(tx: Db, table: typeof applications | typeof kpis, organisationId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await tx.select({ id: table.id }).from(table).where(and(eq(table.organisationId, organisationId), inArray(table.id, ids), isNull(table.archivedAt)));
  return new Set(rows.map((r) => r.id));
}

/** Every reference must point into the municipality; every benefit must carry what its kind needs. */
async function checkProject(tx: Db, organisationId: string, input: ProjectInput) {
  const errors: FieldError[] = [];
  const people = await livePeople(tx, organisationId, [input.ownerId, input.sponsorId, ...input.realisation.map((f) => f.responsibleId)].filter((x): x is string => !!x));
  input.realisation.forEach((f, i) => f.responsibleId && !people.has(f.responsibleId) && errors.push({ field: `realisation.${i}.responsibleId`, key: 'unknown_reference' }));
  if (input.ownerId && !people.has(input.ownerId)) errors.push({ field: 'ownerId', key: 'unknown_reference' });
  if (input.sponsorId && !people.has(input.sponsorId)) errors.push({ field: 'sponsorId', key: 'unknown_reference' });
  const departments = await liveDepartments(tx, organisationId, input.departmentIds);
  input.departmentIds.forEach((id, i) => departments.has(id) || errors.push({ field: `departmentIds.${i}`, key: 'unknown_reference' }));
  const goals = await projectRepository(tx, organisationId).existingGoalIds(input.goalIds);
  input.goalIds.forEach((id, i) => goals.has(id) || errors.push({ field: `goalIds.${i}`, key: 'unknown_reference' }));
  const systems = await liveIds(tx, applications, organisationId, input.systems.map((s) => s.applicationId));
  input.systems.forEach((s, i) => systems.has(s.applicationId) || errors.push({ field: `systems.${i}.applicationId`, key: 'unknown_reference' }));
  const kpiIds = await liveIds(tx, kpis, organisationId, input.benefits.map((b) => b.kpiId).filter((x): x is string => !!x));
  input.benefits.forEach((b, i) => {
    if (b.kpiId && !kpiIds.has(b.kpiId)) errors.push({ field: `benefits.${i}.kpiId`, key: 'unknown_reference' });
    if (b.kind === 'direct' && b.yearlyAmount === null) errors.push({ field: `benefits.${i}.yearlyAmount`, key: 'required' });
    if (b.kind === 'indirect' && b.yearlyAmount === null && (b.hoursPerYear === null || b.hourlyCost === null)) errors.push({ field: `benefits.${i}.hoursPerYear`, key: 'benefit_amount_required' });
    if (b.kind === 'qualitative' && b.score === null) errors.push({ field: `benefits.${i}.score`, key: 'required' });
  });
  if (input.startDate && input.endDate && input.endDate < input.startDate) errors.push({ field: 'endDate', key: 'before_start' });
  if (errors.length) throw validationFailed(errors);
}

export async function createProject(ctx: ProjectCommandContext, input: ProjectInput): Promise<string> {
  requirePermission(ctx.auth, 'project.create', record(input));
  return ctx.db.transaction((tx) => insertProjectProposal(tx, ctx, input));
}

/**
 * A project proposal (status idea), inside the caller's transaction. Also used when a rule puts a
 * matter in the portfolio (an acquisition above the portfolio threshold), so the person's project
 * permission is checked by the caller, not here.
 */
export async function insertProjectProposal(tx: Db, ctx: { clock: Clock; auth: AuthContext }, input: ProjectInput): Promise<string> {
  await checkProject(tx, ctx.auth.organisationId, input);
  const at = ctx.clock.now();
  const row = await projectRepository(tx, ctx.auth.organisationId).insert({ ...input, status: 'idea', createdAt: at, updatedAt: at });
  await auditAs(tx, ctx, 'project', row.id, 'create', null, { ...input, status: 'idea' });
  return row.id;
}

export async function updateProject(ctx: ProjectCommandContext, id: string, expectedVersion: number, input: ProjectInput) {
  return ctx.db.transaction(async (tx) => {
    const repo = projectRepository(tx, ctx.auth.organisationId);
    const current = await repo.get(id);
    if (!current) throw notFound();
    requirePermission(ctx.auth, 'project.update', record(current.project));
    if (current.project.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
    requirePermission(ctx.auth, 'project.update', record(input));
    await checkProject(tx, ctx.auth.organisationId, input);
    // A decided project that grows past the threshold needs the council's approval as well.
    if (current.project.status === 'approved' || current.project.status === 'in_progress') {
      const rules = await portfolioRules(tx, ctx.auth.organisationId, ctx.clock.today());
      const cost = valuationOf({ ...current.project, ...input, benefits: input.benefits as never }, rules.discountRate, ctx.clock.today()).costForThreshold;
      if (rules.threshold !== null && cost > rules.threshold && !(await repo.councilApproved(id))) {
        throw new AppError(409, 'council_decision_required', { cost: cost.toLocaleString('sv-SE'), threshold: rules.threshold.toLocaleString('sv-SE') });
      }
    }
    const row = await repo.update(id, expectedVersion, { ...input, updatedAt: ctx.clock.now() });
    if (!row) throw new AppError(412, 'precondition_failed');
    const { id: _i, organisationId: _o, nameSort: _n, createdAt: _c, updatedAt: _u, rowVersion: _r, archivedAt: _a, status: _s, ...before } = current.project;
    await auditAs(tx, ctx, 'project', id, 'update', before, input);
    return row.rowVersion;
  });
}

/** The portfolio threshold and discount rate in force on a date (rules as data). */
export async function portfolioRules(db: Db, organisationId: string, onDate: string) {
  const threshold = await ruleInForce(db, organisationId, 'portfolio_threshold', onDate);
  const rate = await ruleInForce(db, organisationId, 'discount_rate_percent', onDate);
  return { threshold: threshold?.value ?? null, discountRate: (rate?.value ?? 0) / 100, discountRateDefined: rate !== null };
}

/**
 * Moves a project along its statuses. Deciding it (beslutad) needs a benefit valuation and, when
 * its cost over the horizon is above the portfolio threshold in force, an approving IT council
 * decision: the refusal says which, with the amounts.
 */
export async function transitionProject(ctx: ProjectCommandContext, id: string, expectedVersion: number, to: ProjectStatus) {
  return ctx.db.transaction(async (tx) => {
    const repo = projectRepository(tx, ctx.auth.organisationId);
    const current = await repo.get(id);
    if (!current) throw notFound();
    requirePermission(ctx.auth, 'project.transition', record(current.project));
    if (current.project.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
    const from = current.project.status as ProjectStatus;
    if (!canMoveProject(from, to)) throw validationFailed([{ field: 'to', key: 'illegal_status_transition', params: { from, to } }]);
    if (to === 'approved') {
      const rules = await portfolioRules(tx, ctx.auth.organisationId, ctx.clock.today());
      const cost = valuationOf(current.project, rules.discountRate, ctx.clock.today()).costForThreshold;
      const problems = approvalProblems({
        benefitCount: current.project.benefits.length,
        horizonCost: cost,
        threshold: rules.threshold,
        councilApproved: await repo.councilApproved(id),
      });
      const first = problems[0];
      if (first?.kind === 'valuation_required') throw new AppError(409, 'valuation_required');
      if (first?.kind === 'council_decision_required') {
        throw new AppError(409, 'council_decision_required', { cost: first.cost.toLocaleString('sv-SE'), threshold: first.threshold.toLocaleString('sv-SE') });
      }
    }
    const row = await repo.update(id, expectedVersion, { status: to, updatedAt: ctx.clock.now() });
    if (!row) throw new AppError(412, 'precondition_failed');
    await auditAs(tx, ctx, 'project', id, 'transition', { status: from }, { status: to });
    return row.rowVersion;
  });
}
