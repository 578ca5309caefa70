import { itplanMergeEndpoints as endpoints } from '../../../shared/endpoints/itplan-merge.js';
import type { Routes } from '../../platform/endpoints.js';
import { expectedVersion } from '../../platform/etag.js';
import { dismissPair, mergeNeeds, presentCandidates, splitInitiative } from './merge-commands.js';

/** Needs met once (issue 14, item 3): the duplicate candidates of a round, dismissals, merges and splits. */
export function itplanMergeRoutes(routes: Routes) {
  routes.on(endpoints.candidates, async ({ scope, params }) => presentCandidates(scope, params.id));
  routes.on(endpoints.dismiss, async ({ scope, params, body }) => ({ id: await dismissPair(scope, params.id, body) }));
  routes.on(endpoints.merge, async ({ scope, params, body }) => mergeNeeds(scope, params.id, body));
  routes.on(endpoints.split, async (request) => splitInitiative(request.scope, request.params.id, expectedVersion(request)));
}
