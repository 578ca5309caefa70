import { goalEndpoints as endpoints } from '../../../shared/endpoints/goals.js';
import type { AppDeps } from '../../platform/deps.js';
import type { Routes } from '../../platform/endpoints.js';
import { expectedVersion, versionedRecord } from '../../platform/etag.js';
import { notFound } from '../../platform/errors.js';
import type { RequestScope } from '../../platform/scope.js';
import { addMeasurement, correctMeasurement, createKpi, updateKpi } from './commands.js';
import { followUpWorkbook } from './export.js';
import { presentKpi } from './presenter.js';
import { buildFollowUp } from './rules.js';

export function goalRoutes(routes: Routes, { clock }: AppDeps) {
  async function load(scope: RequestScope, id: string) {
    const repo = scope.repos.kpis;
    const row = await repo.get(id);
    if (!row) throw notFound();
    return presentKpi(row, await repo.factsFor([id], clock.today()), scope.auth, clock.today());
  }
  const kpi = versionedRecord(load);
  async function evaluated(scope: RequestScope, filter: { document?: string; goal?: string }) {
    const repo = scope.repos.kpis;
    const rows = await repo.list(filter);
    const facts = await repo.factsFor(rows.map((r) => r.kpi.id), clock.today());
    return rows.map((r) => presentKpi(r, facts, scope.auth, clock.today()));
  }
  async function followUpOf(scope: RequestScope, documentId: string) {
    const doc = await scope.repos.kpis.documentGoals(documentId);
    if (!doc) throw notFound();
    const { goals, counts } = buildFollowUp(doc.items, await evaluated(scope, { document: documentId }));
    return { documentId: doc.id, documentTitle: doc.title, counts, goals };
  }

  routes.on(endpoints.goals, async ({ scope }) => ({ items: await scope.repos.kpis.goals() }));

  routes.on(endpoints.kpis, async ({ scope, query }) => {
    const items = await evaluated(scope, query);
    return { items: items.filter((k) => !query.status || k.evaluation.status === query.status) };
  });

  routes.on(endpoints.create, async ({ scope, body }, reply) => kpi.answer(scope, await createKpi(scope, body), reply));

  routes.on(endpoints.get, async ({ scope, params }, reply) => kpi.answer(scope, params.id, reply));

  routes.on(endpoints.update, async (request, reply) =>
    kpi.change(request, reply, (version) => updateKpi(request.scope, request.params.id, version, request.body)),
  );

  routes.on(endpoints.measure, async ({ scope, params, body }) => {
    await load(scope, params.id);
    await addMeasurement(scope, params.id, body);
    return load(scope, params.id);
  });

  routes.on(endpoints.correct, async (request) => {
    const { scope, params } = request;
    await load(scope, params.id);
    await correctMeasurement(scope, params.id, params.measurementId, expectedVersion(request), request.body);
    return load(scope, params.id);
  });

  routes.on(endpoints.followUp, async ({ scope, params }) => followUpOf(scope, params.id));

  routes.on(endpoints.followUpXlsx, async ({ scope, params }, reply) => {
    const data = await followUpOf(scope, params.id);
    const today = clock.today();
    return reply
      .type(endpoints.followUpXlsx.produces)
      .header('Content-Disposition', `attachment; filename="maluppfoljning-${today}.xlsx"`)
      .send(await followUpWorkbook(data, scope.auth.language, today));
  });
}
