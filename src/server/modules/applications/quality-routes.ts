import { qualityEndpoints as endpoints } from '../../../shared/endpoints/quality.js';
import { defaultQualityWeights } from '../../../shared/quality.js';
import type { AppDeps } from '../../platform/deps.js';
import type { Routes } from '../../platform/endpoints.js';
import { expectedVersion, setEtag } from '../../platform/etag.js';
import { forbidden } from '../../platform/errors.js';
import { readScopeOf } from './presenter.js';
import { qualityWeightsOf, updateQualityWeights } from './quality.js';

export function qualityRoutes(routes: Routes, { clock }: AppDeps) {
  routes.on(endpoints.weights, async ({ scope }, reply) => {
    const current = await qualityWeightsOf(scope.db, scope.organisationId);
    setEtag(reply, current.rowVersion);
    return { ...current, defaults: defaultQualityWeights, allowedManage: scope.can('organisation.manage') };
  });

  routes.on(endpoints.updateWeights, async (request, reply) => {
    const saved = await updateQualityWeights(request.scope, expectedVersion(request), request.body);
    setEtag(reply, saved.rowVersion);
    return { ...saved, defaults: defaultQualityWeights, allowedManage: true };
  });

  routes.on(endpoints.distribution, async ({ scope }) => {
    const read = readScopeOf(scope.auth);
    if (!read) throw forbidden();
    return { departments: await scope.repos.applications.qualityByDepartment(read, clock.today()) };
  });
}
