import type { DepartmentPlan, DepartmentPlanStatus, Need, NeedBenefit, RoundDetail, RoundStatus, RoundSummary } from '../../../shared/itplans.js';
import { notFound } from '../../platform/errors.js';
import type { RequestScope } from '../../platform/scope.js';
import { portfolioRules } from '../portfolio/commands.js';
import { valuationOf } from '../portfolio/presenter.js';
import { planRecord } from './need-commands.js';
import type { itplanRepository } from './repository.js';
import type { departmentPlans, planNeeds, planRounds } from './schema.js';
import { changesSinceLastRound, needAsProject, needWriteRefusal, reopenRefusal, totalsPerYear } from './rules.js';

type Repo = ReturnType<typeof itplanRepository>;
type RoundRow = typeof planRounds.$inferSelect;
type NeedRow = typeof planNeeds.$inferSelect;

/** What leaves the server of a round, beside its details. */
export function presentRoundSummary(row: RoundRow, departments: number, submitted: number): RoundSummary {
  return {
    id: row.id,
    title: row.title,
    firstYear: row.firstYear,
    lastYear: row.lastYear,
    budgetYear: row.budgetYear,
    deadline: row.deadline,
    status: row.status as RoundStatus,
    departments,
    submitted,
    decidedVersion: row.decidedVersion,
    rowVersion: row.rowVersion,
  };
}

/** A round with each department's progress; 404 outside the municipality. */
export async function presentRound(scope: RequestScope, id: string): Promise<RoundDetail> {
  const repo = scope.repos.itplans;
  const found = await repo.round(id);
  if (!found) throw notFound();
  const { row } = found;
  const progress = await repo.progress(id);
  const previous = row.previousRoundId ? await repo.round(row.previousRoundId) : null;
  return {
    ...presentRoundSummary(row, progress.length, progress.filter((p) => p.plan.status === 'submitted').length),
    // Stored as `{ year, amount }` (commands.ts, roundValues).
    budgetFrames: row.budgetFrames as unknown as RoundDetail['budgetFrames'],
    weights: row.weights,
    previousRound: previous ? { id: previous.row.id, name: previous.row.title } : null,
    openedBy: found.openedByName,
    openedAt: row.openedAt.toISOString(),
    decision: row.decision ?? null,
    progress: progress.map((p) => ({
      planId: p.plan.id,
      department: { id: p.plan.departmentId, name: p.departmentName },
      status: p.plan.status as DepartmentPlanStatus,
      needs: p.needs,
      submittedAt: p.plan.submittedAt?.toISOString() ?? null,
      mine: p.plan.departmentId === scope.auth.departmentId,
    })),
    allowedManage: scope.can('itplan.manage'),
  };
}

const pick = (names: Map<string, string>, ids: readonly string[]) => ids.flatMap((id) => (names.has(id) ? [{ id, name: names.get(id)! }] : []));
const one = (names: Map<string, string>, id: string | null) => (id && names.has(id) ? { id, name: names.get(id)! } : null);

/**
 * Needs as they leave the server: goals, capabilities, systems, project and acquisition joined by
 * name (one query each for all the needs), the benefit valued by the portfolio's engine.
 */
async function presentNeeds(scope: RequestScope, repo: Repo, needs: readonly NeedRow[], departmentName: (id: string) => string): Promise<Need[]> {
  const all = (f: (n: NeedRow) => readonly (string | null)[]) => [...new Set(needs.flatMap(f).filter((id): id is string => id !== null))];
  const names = async (rows: Promise<{ id: string; name: string }[]>) => new Map((await rows).map((r) => [r.id, r.name]));
  const goals = await names(repo.goals(all((n) => n.goalIds)));
  const capabilities = await names(repo.capabilities(all((n) => n.capabilityIds), scope.auth.language));
  const systems = await names(repo.systems(all((n) => n.applicationIds)));
  const projects = await names(repo.projects(all((n) => [n.projectId])));
  const acquisitions = await names(repo.acquisitions(all((n) => [n.acquisitionId])));
  const today = scope.clock.today();
  const discountRate = needs.some((n) => n.benefit) ? (await portfolioRules(scope.db, scope.organisationId, today)).discountRate : 0;
  return needs.map((n) => ({
    id: n.id,
    departmentPlanId: n.departmentPlanId,
    department: { id: n.departmentId, name: departmentName(n.departmentId) },
    title: n.title,
    description: n.description,
    goals: pick(goals, n.goalIds),
    capabilities: pick(capabilities, n.capabilityIds),
    systems: pick(systems, n.applicationIds),
    priority: n.priority,
    costs: n.costs,
    benefit: n.benefit,
    valuation: n.benefit ? valuationOf(needAsProject(n.costs, n.benefit as NeedBenefit), discountRate, today) : null,
    project: one(projects, n.projectId),
    acquisition: one(acquisitions, n.acquisitionId),
    initiativeId: n.initiativeId,
    revisedFromId: n.revisedFromId,
    rowVersion: n.rowVersion,
  }));
}

/** One need, as the plan shows it; 404 outside the municipality or once removed. */
export async function presentNeed(scope: RequestScope, id: string): Promise<Need> {
  const repo = scope.repos.itplans;
  const need = await repo.need(id);
  const plan = need ? await repo.plan(need.departmentPlanId) : null;
  if (!need || !plan) throw notFound();
  return (await presentNeeds(scope, repo, [need], () => plan.departmentName))[0]!;
}

/** Last round's needs of the same department: what "changes since last round" compares with. */
async function previousNeeds(repo: Repo, round: RoundRow, plan: typeof departmentPlans.$inferSelect, current: readonly NeedRow[]) {
  if (!round.previousRoundId) return null;
  const previousPlan = await repo.planOf(round.previousRoundId, plan.departmentId);
  const live = previousPlan ? await repo.needsOfPlans([previousPlan.id]) : [];
  const liveIds = new Set(live.map((n) => n.id));
  // A need carried from last round and removed there since still counts as carried, not as new.
  const referenced = await repo.needsById(current.flatMap((n) => (n.revisedFromId && !liveIds.has(n.revisedFromId) ? [n.revisedFromId] : [])));
  return [...live, ...referenced];
}

/** A department's plan with its needs, totals per year and the changes since last round; 404 outside the municipality. */
export async function presentPlan(scope: RequestScope, id: string): Promise<DepartmentPlan> {
  const repo = scope.repos.itplans;
  const found = await repo.plan(id);
  if (!found) throw notFound();
  const { plan, round } = found;
  const rows = await repo.needsOfPlans([plan.id]);
  const previous = await previousNeeds(repo, round, plan, rows);
  const roundStatus = round.status as RoundStatus;
  const status = plan.status as DepartmentPlanStatus;
  return {
    id: plan.id,
    round: { id: round.id, title: round.title, firstYear: round.firstYear, lastYear: round.lastYear, deadline: round.deadline, status: roundStatus },
    department: { id: plan.departmentId, name: found.departmentName },
    status,
    submittedAt: plan.submittedAt?.toISOString() ?? null,
    submittedBy: found.submittedByName,
    needs: await presentNeeds(scope, repo, rows, () => found.departmentName),
    totals: totalsPerYear(rows),
    changes: previous ? changesSinceLastRound(rows, previous, round) : [],
    allowedEdit: scope.can('itplan.write', planRecord(plan)) && needWriteRefusal(roundStatus, status) === null,
    allowedReopen: scope.can('itplan.manage') && reopenRefusal(roundStatus, status) === null,
    rowVersion: plan.rowVersion,
  };
}
