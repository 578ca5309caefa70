import { planActionEndpoints as endpoints } from '../../../shared/endpoints/plan-actions.js';
import type { AppDeps } from '../../platform/deps.js';
import type { Routes } from '../../platform/endpoints.js';
import { setEtag } from '../../platform/etag.js';
import { eserviceToPlanNeed, eserviceToProject } from './action-commands.js';
import { presentEservice } from './routes.js';

/** An e-service candidate into action (issue 14, item 8): a project, or a need in an open department plan. */
export function eserviceActionRoutes(routes: Routes, { clock }: AppDeps) {
  routes.on(endpoints.eserviceProject, async ({ scope, params }, reply) => {
    await eserviceToProject(scope, params.id);
    const body = await presentEservice(scope, params.id, clock.today());
    setEtag(reply, body.rowVersion);
    return body;
  });

  routes.on(endpoints.eserviceNeed, async ({ scope, params, body }, reply) => {
    await eserviceToPlanNeed(scope, params.id, body.departmentPlanId);
    const answer = await presentEservice(scope, params.id, clock.today());
    setEtag(reply, answer.rowVersion);
    return answer;
  });
}
