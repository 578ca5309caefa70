import { collaborationEndpoints as endpoints } from '../../../shared/endpoints/collaborations.js';
import type { AppDeps } from '../../platform/deps.js';
import type { Routes } from '../../platform/endpoints.js';
import { expectedVersion, setEtag } from '../../platform/etag.js';
import { changeMembership, inviteToCollaboration, listCollaborations, sharedCatalogue, startCollaboration } from './collaborations.js';

export function collaborationRoutes(routes: Routes, _deps: AppDeps) {
  routes.on(endpoints.list, async ({ scope }) => ({
    items: await listCollaborations(scope.db, scope.organisationId),
    allowedManage: scope.can('organisation.manage'),
  }));

  routes.on(endpoints.create, async ({ scope, body }, reply) => {
    const created = await startCollaboration(scope, body.name);
    setEtag(reply, created.membershipVersion);
    return created;
  });

  routes.on(endpoints.invite, async ({ scope, params, body }) => inviteToCollaboration(scope, params.id, body.municipality));

  routes.on(endpoints.accept, async (request, reply) => {
    const accepted = (await changeMembership(request.scope, request.params.id, expectedVersion(request), 'accept'))!;
    setEtag(reply, accepted.membershipVersion);
    return accepted;
  });

  routes.on(endpoints.decline, async (request) => {
    await changeMembership(request.scope, request.params.id, expectedVersion(request), 'decline');
  });

  routes.on(endpoints.leave, async (request) => {
    await changeMembership(request.scope, request.params.id, expectedVersion(request), 'leave');
  });

  routes.on(endpoints.catalogue, async ({ scope, query }) => sharedCatalogue(scope.db, scope.organisationId, query, scope.auth.language));
}
