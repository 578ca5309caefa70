import { portfolioEndpoints as endpoints } from '../../../shared/endpoints/portfolio.js';
import type { AppDeps } from '../../platform/deps.js';
import { DerivedCache } from '../../platform/derived-cache.js';
import type { Routes } from '../../platform/endpoints.js';
import { changeCount } from '../audit/queries.js';
import { versionedRecord } from '../../platform/etag.js';
import { notFound } from '../../platform/errors.js';
import type { RequestScope } from '../../platform/scope.js';
import { createProject, portfolioRules, transitionProject, updateProject } from './commands.js';
import { portfolioSums, presentProject } from './presenter.js';

/** The sums over every matching project value each one: reused while the municipality has no new change. */
const sums = new DerivedCache<ReturnType<typeof portfolioSums>>(2000);

export function portfolioRoutes(routes: Routes, { clock }: AppDeps) {
  async function load(scope: RequestScope, id: string) {
    const row = await scope.repos.projects.get(id);
    if (!row) throw notFound();
    const rules = await portfolioRules(scope.db, scope.organisationId, clock.today());
    return presentProject(row, scope.auth, rules.threshold, rules.discountRate, clock.today());
  }
  const project = versionedRecord(load);

  routes.on(endpoints.list, async ({ scope, query }) => {
    // Read before the data the sums are made from (see DerivedCache).
    const changes = await changeCount(scope.db, scope.organisationId);
    const rules = await portfolioRules(scope.db, scope.organisationId, clock.today());
    const { rows, total } = await scope.repos.projects.list(query, query);
    const items = rows.map((r) => {
      const p = presentProject(r, scope.auth, rules.threshold, rules.discountRate, clock.today());
      return {
        id: p.id, name: p.name, kind: p.kind, status: p.status, ownerName: p.ownerName, startDate: p.startDate, endDate: p.endDate, health: p.health,
        totalInvestment: p.totalInvestment, yearlyRunningCost: p.yearlyRunningCost, threshold: p.threshold, milestones: p.milestones,
        netPresentValue: p.valuation.netPresentValue, moneyBenefit: p.valuation.peng.directBenefit + p.valuation.peng.indirectBenefit,
        horizonCost: p.valuation.peng.cost,
      };
    });
    return {
      items,
      total,
      page: query.page,
      pageSize: query.pageSize,
      sums: await sums.get(
        JSON.stringify([scope.organisationId, clock.today(), rules.discountRate, query.q, query.status, query.department, query.health]),
        changes,
        async () => portfolioSums(await scope.repos.projects.valuationInputs(query), rules.discountRate, clock.today()),
      ),
      allowedCreate: scope.can('project.create'),
    };
  });

  routes.on(endpoints.create, async ({ scope, body }, reply) => project.answer(scope, await createProject(scope, body), reply));

  routes.on(endpoints.get, async ({ scope, params }, reply) => project.answer(scope, params.id, reply));

  routes.on(endpoints.update, async (request, reply) =>
    project.change(request, reply, (version) => updateProject(request.scope, request.params.id, version, request.body)),
  );

  routes.on(endpoints.transition, async (request, reply) =>
    project.change(request, reply, (version) => transitionProject(request.scope, request.params.id, version, request.body.to)),
  );
}
