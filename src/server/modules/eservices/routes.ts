import type { EserviceDetail, EserviceSummary } from '../../../shared/eservices.js';
import { eserviceEndpoints as endpoints } from '../../../shared/endpoints/eservices.js';
import type { AppDeps } from '../../platform/deps.js';
import type { Routes } from '../../platform/endpoints.js';
import { expectedVersion, setEtag } from '../../platform/etag.js';
import { notFound } from '../../platform/errors.js';
import { can } from '../../platform/permissions.js';
import type { RequestScope } from '../../platform/scope.js';
import { portfolioRules } from '../portfolio/commands.js';
import { valuationOf } from '../portfolio/presenter.js';
import { createEservice, updateEservice } from './commands.js';
import type { eservices } from './schema.js';
import { currentSteps, digitisationAsProject, hoursSaved, ladderByYear, weightedDigitalShare } from './rules.js';

type Row = typeof eservices.$inferSelect;

/** The digitisation valued by the portfolio's engine, as a project's valuation is (one engine). */
const valued = (row: Row, discountRate: number, today: string) => (row.digitisation ? valuationOf(digitisationAsProject(row.digitisation, row.yearlyVolume), discountRate, today) : null);

function presentSummary(row: Row, ownerName: string | null, valuation: ReturnType<typeof valued>): EserviceSummary {
  return {
    id: row.id,
    name: row.name,
    ownerName,
    step: row.step,
    yearlyVolume: row.yearlyVolume,
    digitalShare: row.digitalShare,
    needsEid: row.needsEid,
    accessibility: row.accessibility as EserviceSummary['accessibility'],
    published: row.published,
    candidate: row.candidate,
    netPresentValue: valuation?.netPresentValue ?? null,
    paybackYear: valuation?.paybackYear ?? null,
    rowVersion: row.rowVersion,
  };
}

async function discountRate(scope: RequestScope, today: string) {
  return (await portfolioRules(scope.db, scope.organisationId, today)).discountRate;
}

export async function presentEservice(scope: RequestScope, id: string, today: string): Promise<EserviceDetail> {
  const repo = scope.repos.eservices;
  const found = await repo.get(id);
  if (!found || found.row.archivedAt) throw notFound();
  const { row } = found;
  const valuation = valued(row, await discountRate(scope, today), today);
  const record = { departmentIds: found.ownerDepartmentId ? [found.ownerDepartmentId] : [], ownerIds: [row.ownerId] };
  return {
    ...presentSummary(row, found.ownerName, valuation),
    description: row.description,
    ownerId: row.ownerId,
    applicationIds: row.applicationIds,
    systems: await repo.systems(row.applicationIds),
    digitisation: row.digitisation,
    hoursSavedPerYear: row.digitisation ? hoursSaved(row.digitisation, row.yearlyVolume) : null,
    valuation,
    allowedEdit: can(scope.auth, 'application.update', record),
    ...(await repo.links(row)),
    archived: false,
  };
}

/** The e-services register and Statskontoret's ladder. */
export function eserviceRoutes(routes: Routes, { clock }: AppDeps) {
  routes.on(endpoints.list, async ({ scope, query }) => {
    const today = clock.today();
    const rate = await discountRate(scope, today);
    const { rows, total } = await scope.repos.eservices.list(query);
    return {
      items: rows.map((r) => presentSummary(r.row, r.ownerName, valued(r.row, rate, today))),
      total,
      page: query.page,
      pageSize: query.pageSize,
      allowedCreate: scope.can('application.create'),
    };
  });

  routes.on(endpoints.ladder, async ({ scope }) => {
    const today = clock.today();
    const rate = await discountRate(scope, today);
    const rows = await scope.repos.eservices.live();
    const inUse = rows.filter((r) => !r.candidate).length;
    const candidates = rows.filter((r) => r.candidate);
    const bestCandidates = candidates
      .flatMap((r) => {
        const v = valued(r, rate, today);
        return v ? [{ id: r.id, name: r.name, yearlyVolume: r.yearlyVolume, netPresentValue: v.netPresentValue, paybackYear: v.paybackYear, horizonYears: r.digitisation!.horizonYears, started: !!(r.projectId || r.planNeedId) }] : [];
      })
      .sort((a, b) => b.netPresentValue - a.netPresentValue || a.name.localeCompare(b.name, 'sv'))
      .slice(0, 10);
    return {
      steps: currentSteps(rows),
      candidates: candidates.length,
      weightedDigitalShare: weightedDigitalShare(rows),
      introducedShare: rows.length ? Math.round((inUse / rows.length) * 1000) / 10 : null,
      byYear: ladderByYear(await scope.repos.eservices.events(), today),
      bestCandidates,
    };
  });

  routes.on(endpoints.create, async ({ scope, body }, reply) => {
    const created = await presentEservice(scope, await createEservice(scope, body), clock.today());
    setEtag(reply, created.rowVersion);
    return created;
  });

  routes.on(endpoints.get, async ({ scope, params }, reply) => {
    const body = await presentEservice(scope, params.id, clock.today());
    setEtag(reply, body.rowVersion);
    return body;
  });

  routes.on(endpoints.update, async (request, reply) => {
    const { scope, params } = request;
    await updateEservice(scope, params.id, expectedVersion(request), request.body);
    const body = await presentEservice(scope, params.id, clock.today());
    setEtag(reply, body.rowVersion);
    return body;
  });
}
