import { and, desc, eq, isNull } from 'drizzle-orm';
import { publicItPlanEndpoints as endpoints } from '../../../shared/endpoints/public-it-plans.js';
import type { MunicipalPlan } from '../../../shared/municipal-plan.js';
import type { PublicPlanVersion } from '../../../shared/public-it-plans.js';
import type { Db } from '../../platform/db.js';
import type { AppDeps } from '../../platform/deps.js';
import type { Routes } from '../../platform/endpoints.js';
import { notFound } from '../../platform/errors.js';
import { organisations } from '../organisation/schema.js';
import { municipalPlanPdf } from './municipal-pdf.js';
import { planRounds, planVersions } from './schema.js';

/**
 * Offentlighetsprincipen for the municipal IT plan (issue 14, item 4): once decided, every version
 * is readable without signing in. No caller, so the municipality named in the path is the scope;
 * only rows of plan_versions of decided, live rounds are read, so an open round never leaves here.
 */
function publicPlans(db: Db, organisationId: string) {
  const decided = and(eq(planVersions.organisationId, organisationId), eq(planRounds.status, 'decided'), isNull(planRounds.archivedAt));
  const from = () =>
    db
      .select({ row: planVersions, title: planRounds.title, firstYear: planRounds.firstYear, lastYear: planRounds.lastYear })
      .from(planVersions)
      .innerJoin(planRounds, and(eq(planRounds.organisationId, planVersions.organisationId), eq(planRounds.id, planVersions.roundId)));
  return {
    /** The municipality's name; null if there is none (an organisations read, the documents' way). */
    async municipality() {
      const [row] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
      return row?.name ?? null;
    },
    async versions() {
      return from().where(decided).orderBy(desc(planVersions.createdAt), desc(planVersions.version));
    },
    async version(roundId: string, version: number) {
      const [row] = await from().where(and(decided, eq(planVersions.roundId, roundId), eq(planVersions.version, version)));
      return row ?? null;
    },
  };
}

/** The frozen plan without what only the signed-in see: permissions and row versions. */
function publicPlan(snapshot: MunicipalPlan): PublicPlanVersion['plan'] {
  const { allowedManage: _allowed, rowVersion: _rowVersion, initiatives, ...plan } = snapshot;
  return { ...plan, initiatives: initiatives.map(({ rowVersion: _v, ...initiative }) => initiative) };
}

export function publicItPlanRoutes(routes: Routes, { db }: AppDeps) {
  async function versionOf(params: { organisationId: string; roundId: string; version: number }) {
    const plans = publicPlans(db, params.organisationId);
    const municipality = await plans.municipality();
    const row = municipality ? await plans.version(params.roundId, params.version) : null;
    if (!municipality || !row) throw notFound();
    const version: PublicPlanVersion = { municipality, version: row.row.version, decision: row.row.decision, plan: publicPlan(row.row.snapshot as MunicipalPlan) };
    return { version, recordedAt: row.row.createdAt };
  }

  routes.on(endpoints.list, async ({ params }) => {
    const plans = publicPlans(db, params.organisationId);
    const municipality = await plans.municipality();
    if (!municipality) throw notFound();
    const rows = await plans.versions();
    return {
      municipality,
      items: rows.map((r) => ({ roundId: r.row.roundId, title: r.title, firstYear: r.firstYear, lastYear: r.lastYear, version: r.row.version, decision: r.row.decision })),
    };
  });

  routes.on(endpoints.version, async ({ params }) => (await versionOf(params)).version);

  routes.on(endpoints.versionPdf, async ({ params }, reply) => {
    const { version, recordedAt } = await versionOf(params);
    // The export's own function, given the public plan: nobody's name but the decision's.
    const pdf = await municipalPlanPdf({ ...version, decidedBy: null, recordedAt: recordedAt.toISOString(), plan: { ...version.plan, allowedManage: false, rowVersion: 0, initiatives: version.plan.initiatives.map((i) => ({ ...i, rowVersion: 0 })) } }, version.municipality, recordedAt);
    const { round } = version.plan;
    return reply.type(endpoints.versionPdf.produces).header('Content-Disposition', `attachment; filename="it-plan-${round.firstYear}-${round.lastYear}-v${version.version}.pdf"`).send(pdf);
  });
}
