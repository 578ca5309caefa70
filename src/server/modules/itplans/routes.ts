import { itplanEndpoints as endpoints } from '../../../shared/endpoints/itplans.js';
import type { Routes } from '../../platform/endpoints.js';
import { expectedVersion, versionedRecord } from '../../platform/etag.js';
import { openRound, updateRound } from './commands.js';
import { addNeed, removeNeed, reopenPlan, submitPlan, updateNeed } from './need-commands.js';
import { presentNeed, presentPlan, presentRound, presentRoundSummary } from './presenter.js';

const round = versionedRecord(presentRound);
const plan = versionedRecord(presentPlan);
const need = versionedRecord(presentNeed);

/** Planning rounds, department plans and their needs (issue 14, items 1, 2 and 6). */
export function itplanRoutes(routes: Routes) {
  routes.on(endpoints.rounds, async ({ scope }) => ({
    items: (await scope.repos.itplans.rounds()).map((r) => presentRoundSummary(r.row, r.departments, r.submitted)),
    allowedOpen: scope.can('itplan.manage'),
  }));

  routes.on(endpoints.openRound, async ({ scope, body }, reply) => round.answer(scope, await openRound(scope, body), reply));
  routes.on(endpoints.round, async ({ scope, params }, reply) => round.answer(scope, params.id, reply));
  routes.on(endpoints.updateRound, async (request, reply) => round.change(request, reply, (version) => updateRound(request.scope, request.params.id, version, request.body)));

  routes.on(endpoints.departmentPlan, async ({ scope, params }, reply) => plan.answer(scope, params.id, reply));
  routes.on(endpoints.submitPlan, async (request, reply) => plan.change(request, reply, (version) => submitPlan(request.scope, request.params.id, version)));
  routes.on(endpoints.reopenPlan, async (request, reply) => plan.change(request, reply, (version) => reopenPlan(request.scope, request.params.id, version)));

  routes.on(endpoints.addNeed, async ({ scope, params, body }, reply) => need.answer(scope, await addNeed(scope, params.id, body), reply));
  routes.on(endpoints.updateNeed, async (request, reply) => need.change(request, reply, (version) => updateNeed(request.scope, request.params.id, version, request.body)));
  routes.on(endpoints.removeNeed, async (request, reply) => {
    await presentNeed(request.scope, request.params.id);
    await removeNeed(request.scope, request.params.id, expectedVersion(request));
  });
}
