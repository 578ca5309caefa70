import { municipalPlanEndpoints as endpoints } from '../../../shared/endpoints/municipal-plan.js';
import type { Routes } from '../../platform/endpoints.js';
import { expectedVersion, setEtag, versionedRecord } from '../../platform/etag.js';
import { decidePlan, updateInitiative } from './decision-commands.js';
import { municipalPlanDocx } from './municipal-docx.js';
import { municipalPlanPdf } from './municipal-pdf.js';
import { presentInitiative, presentMunicipalPlan, presentVersion, presentVersions } from './municipal-queries.js';

const initiative = versionedRecord(presentInitiative);

/** The municipal IT plan of a round: the ranking, the strategist's edits, the decision and its versions (issue 14, item 4). */
export function municipalPlanRoutes(routes: Routes) {
  routes.on(endpoints.plan, async ({ scope, params }, reply) => {
    const plan = await presentMunicipalPlan(scope, params.id, scope.db);
    setEtag(reply, plan.rowVersion);
    return plan;
  });
  routes.on(endpoints.updateInitiative, async (request, reply) => initiative.change(request, reply, (version) => updateInitiative(request.scope, request.params.id, version, request.body)));
  routes.on(endpoints.decide, async (request) => {
    const { scope, params } = request;
    await presentMunicipalPlan(scope, params.id, scope.db);
    const version = await decidePlan(scope, params.id, expectedVersion(request), request.body);
    return presentVersion(scope, params.id, version);
  });
  routes.on(endpoints.versions, async ({ scope, params }) => presentVersions(scope, params.id));
  routes.on(endpoints.version, async ({ scope, params }) => presentVersion(scope, params.id, params.version));
  routes.on(endpoints.versionDocx, async ({ scope, params }, reply) => {
    const version = await presentVersion(scope, params.id, params.version);
    return reply
      .type(endpoints.versionDocx.produces)
      .header('Content-Disposition', `attachment; filename="it-plan-${version.plan.round.firstYear}-${version.plan.round.lastYear}-v${version.version}.docx"`)
      .send(await municipalPlanDocx(version, scope.auth.organisationName));
  });
  routes.on(endpoints.versionPdf, async ({ scope, params }, reply) => {
    const version = await presentVersion(scope, params.id, params.version);
    return reply
      .type(endpoints.versionPdf.produces)
      .header('Content-Disposition', `attachment; filename="it-plan-${version.plan.round.firstYear}-${version.plan.round.lastYear}-v${version.version}.pdf"`)
      .send(await municipalPlanPdf(version, scope.auth.organisationName, new Date(version.recordedAt)));
  });
}
