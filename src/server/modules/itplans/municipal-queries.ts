import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { AcquisitionOutcome, AcquisitionStep } from '../../../shared/acquisitions.js';
import type { NeedBenefit, RoundStatus } from '../../../shared/itplans.js';
import type { InitiativeFollowUp, LiveMunicipalPlan, MunicipalPlan, PlanVersion, PlanVersionSummary } from '../../../shared/municipal-plan.js';
import type { ProjectStatus } from '../../../shared/portfolio.js';
import type { Db } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import type { RequestScope } from '../../platform/scope.js';
import { acquisitions } from '../acquisitions/schema.js';
import { departments, people } from '../organisation/schema.js';
import { portfolioRules } from '../portfolio/commands.js';
import { valuationOf } from '../portfolio/presenter.js';
import { projects } from '../portfolio/schema.js';
import { rankInitiatives, totalCost, yearTotals } from './municipal-rules.js';
import { itplanRepository } from './repository.js';
import { needAsProject } from './rules.js';
import { planInitiatives, planNeeds, planRounds, planVersions } from './schema.js';

/**
 * The municipal plan's reads (issue 14, item 4): the round's live initiatives with the needs they
 * meet, ranked; and the decided versions. Departments and people are read-only joins, and so are
 * the portfolio's projects and the acquisition route's needs each initiative became (item 5's
 * follow-up), read in the initiatives' one query.
 */
function municipalQueries(db: Db, organisationId: string) {
  return {
    async round(id: string) {
      const [row] = await db.select().from(planRounds).where(and(eq(planRounds.organisationId, organisationId), eq(planRounds.id, id), isNull(planRounds.archivedAt)));
      return row ?? null;
    },
    async initiativesOf(roundId: string) {
      return db
        .select({
          initiative: planInitiatives,
          project: { id: projects.id, name: projects.name, status: projects.status },
          acquisition: { id: acquisitions.id, title: acquisitions.title, step: acquisitions.step, outcome: acquisitions.outcome },
        })
        .from(planInitiatives)
        .leftJoin(projects, and(eq(projects.organisationId, planInitiatives.organisationId), eq(projects.id, planInitiatives.projectId), isNull(projects.archivedAt)))
        .leftJoin(acquisitions, and(eq(acquisitions.organisationId, planInitiatives.organisationId), eq(acquisitions.id, planInitiatives.acquisitionId), isNull(acquisitions.archivedAt)))
        .where(and(eq(planInitiatives.organisationId, organisationId), eq(planInitiatives.roundId, roundId), isNull(planInitiatives.archivedAt)))
        .orderBy(asc(planInitiatives.title), asc(planInitiatives.id));
    },
    async initiative(id: string) {
      const [row] = await db.select().from(planInitiatives).where(and(eq(planInitiatives.organisationId, organisationId), eq(planInitiatives.id, id), isNull(planInitiatives.archivedAt)));
      return row ?? null;
    },
    /** The live needs of a round that an initiative meets, with their department's name. */
    async linkedNeeds(roundId: string) {
      return db
        .select({ id: planNeeds.id, title: planNeeds.title, departmentPlanId: planNeeds.departmentPlanId, departmentId: planNeeds.departmentId, departmentName: departments.name, initiativeId: planNeeds.initiativeId, costs: planNeeds.costs })
        .from(planNeeds)
        .innerJoin(departments, and(eq(departments.organisationId, planNeeds.organisationId), eq(departments.id, planNeeds.departmentId)))
        .where(and(eq(planNeeds.organisationId, organisationId), eq(planNeeds.roundId, roundId), isNull(planNeeds.archivedAt)))
        .orderBy(asc(departments.name), asc(planNeeds.title));
    },
    async versions(roundId: string) {
      return db
        .select({ row: planVersions, decidedByName: people.name })
        .from(planVersions)
        .leftJoin(people, and(eq(people.organisationId, planVersions.organisationId), eq(people.id, planVersions.decidedBy)))
        .where(and(eq(planVersions.organisationId, organisationId), eq(planVersions.roundId, roundId)))
        .orderBy(desc(planVersions.version));
    },
    async version(roundId: string, version: number) {
      const [row] = await db
        .select({ row: planVersions, decidedByName: people.name })
        .from(planVersions)
        .leftJoin(people, and(eq(people.organisationId, planVersions.organisationId), eq(people.id, planVersions.decidedBy)))
        .where(and(eq(planVersions.organisationId, organisationId), eq(planVersions.roundId, roundId), eq(planVersions.version, version)));
      return row ?? null;
    },
  };
}

type Queries = ReturnType<typeof municipalQueries>;
type InitiativeRow = Awaited<ReturnType<Queries['initiativesOf']>>[number];

/** Live goals by id, named (document items of kind goal); the itplans repository's read. */
async function goalNames(db: Db, organisationId: string, ids: string[]) {
  return new Map((await itplanRepository(db, organisationId).goals([...new Set(ids)])).map((g) => [g.id, g.name]));
}

/** What the initiative became, from the row its query joined. */
function followUpOf(row: InitiativeRow): InitiativeFollowUp {
  return {
    project: row.project ? { ...row.project, status: row.project.status as ProjectStatus } : null,
    acquisition: row.acquisition ? { ...row.acquisition, step: row.acquisition.step as AcquisitionStep | null, outcome: row.acquisition.outcome as AcquisitionOutcome | null } : null,
    adjustedFields: row.initiative.adjustedFields,
  };
}

/** The initiatives, valued and ranked, with the needs they meet and what each became. */
async function rankedInitiatives(scope: Pick<RequestScope, 'organisationId' | 'clock'>, db: Db, q: Queries, joined: readonly InitiativeRow[], roundId: string, weights: MunicipalPlan['weights']) {
  const rows = joined.map((j) => j.initiative);
  const followUps = new Map(joined.map((j) => [j.initiative.id, followUpOf(j)]));
  const needs = await q.linkedNeeds(roundId);
  const goals = await goalNames(db, scope.organisationId, rows.flatMap((r) => r.goalIds));
  const today = scope.clock.today();
  const discountRate = rows.some((r) => r.benefit) ? (await portfolioRules(db, scope.organisationId, today)).discountRate : 0;
  const items = rows.map((r) => {
    const valuation = r.benefit ? valuationOf(needAsProject(r.costs, r.benefit as NeedBenefit), discountRate, today) : null;
    const served = r.goalIds.flatMap((id) => (goals.has(id) ? [{ id, name: goals.get(id)! }] : []));
    return {
      id: r.id,
      title: r.title,
      description: r.description,
      priority: r.priority,
      goalList: served,
      goals: served.length,
      needs: needs.filter((n) => n.initiativeId === r.id).map((n) => ({ id: n.id, title: n.title, departmentPlanId: n.departmentPlanId, department: { id: n.departmentId, name: n.departmentName } })),
      costs: r.costs,
      totalCost: totalCost(r.costs),
      netPresentValue: valuation ? Math.round(valuation.netPresentValue) : null,
      paybackYear: valuation?.paybackYear ?? null,
      rowVersion: r.rowVersion,
    };
  });
  const ranked = rankInitiatives(items, weights).map(({ goalList, goals: _count, ...rest }): LiveMunicipalPlan['initiatives'][number] => ({ ...rest, goals: goalList, ...followUps.get(rest.id)! }));
  return { ranked, needs };
}

/**
 * The municipal plan of a round, as the page shows it, each initiative with its follow-up; 404
 * outside the municipality. `db` is the decision's transaction when the plan is frozen (and
 * `frozen` takes the follow-up off: a version is the plan as decided).
 */
export async function presentMunicipalPlan(scope: Pick<RequestScope, 'organisationId' | 'clock' | 'can'>, roundId: string, db: Db): Promise<LiveMunicipalPlan> {
  const q = municipalQueries(db, scope.organisationId);
  const round = await q.round(roundId);
  if (!round) throw notFound();
  const { ranked, needs } = await rankedInitiatives(scope, db, q, await q.initiativesOf(round.id), round.id, round.weights);
  const frames = round.budgetFrames as unknown as { year: number; amount: number }[];
  const byDepartment = new Map<string, { department: { id: string; name: string }; total: number }>();
  for (const n of needs.filter((n) => n.initiativeId)) {
    const entry = byDepartment.get(n.departmentId) ?? { department: { id: n.departmentId, name: n.departmentName }, total: 0 };
    entry.total += totalCost(n.costs);
    byDepartment.set(n.departmentId, entry);
  }
  const status = round.status as RoundStatus;
  return {
    round: { id: round.id, title: round.title, firstYear: round.firstYear, lastYear: round.lastYear, budgetYear: round.budgetYear, status, decidedVersion: round.decidedVersion },
    weights: round.weights,
    initiatives: ranked,
    years: yearTotals(ranked, frames, round.firstYear, round.lastYear),
    departments: [...byDepartment.values()],
    allowedManage: scope.can('itplan.manage') && status === 'open',
    rowVersion: round.rowVersion,
  };
}

/** The plan as a decided version freezes it: without what the initiatives became since. */
export function frozen(plan: LiveMunicipalPlan): MunicipalPlan {
  return { ...plan, initiatives: plan.initiatives.map(({ project: _project, acquisition: _acquisition, adjustedFields: _adjusted, ...rest }) => rest) };
}

/** One initiative as the plan ranks it; 404 outside the municipality or once archived. */
export async function presentInitiative(scope: RequestScope, id: string): Promise<LiveMunicipalPlan['initiatives'][number]> {
  const q = municipalQueries(scope.db, scope.organisationId);
  const row = await q.initiative(id);
  if (!row) throw notFound();
  const plan = await presentMunicipalPlan(scope, row.roundId, scope.db);
  const found = plan.initiatives.find((i) => i.id === id);
  if (!found) throw notFound();
  return found;
}

type VersionRow = NonNullable<Awaited<ReturnType<Queries['version']>>>;

const summary = (v: VersionRow): PlanVersionSummary => ({ version: v.row.version, decision: v.row.decision, decidedBy: v.decidedByName, recordedAt: v.row.createdAt.toISOString() });

export async function presentVersions(scope: RequestScope, roundId: string) {
  const q = municipalQueries(scope.db, scope.organisationId);
  if (!(await q.round(roundId))) throw notFound();
  return { items: (await q.versions(roundId)).map(summary) };
}

export async function presentVersion(scope: RequestScope, roundId: string, version: number): Promise<PlanVersion> {
  const q = municipalQueries(scope.db, scope.organisationId);
  const row = (await q.round(roundId)) ? await q.version(roundId, version) : null;
  if (!row) throw notFound();
  return { ...summary(row), plan: { ...(row.row.snapshot as MunicipalPlan), allowedManage: false } };
}

