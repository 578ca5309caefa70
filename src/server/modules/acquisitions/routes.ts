import { acquisitionEndpoints as endpoints } from '../../../shared/endpoints/acquisitions.js';
import type { AppDeps } from '../../platform/deps.js';
import type { Routes } from '../../platform/endpoints.js';
import { expectedVersion, setEtag } from '../../platform/etag.js';
import { notFound } from '../../platform/errors.js';
import type { RequestScope } from '../../platform/scope.js';
import { answerStep, install, noteByCouncil, reopen, reportNeed, updateNeed, withdraw } from './commands.js';
import { addAttachment, savePrestudy, setAttachmentArchived } from './prestudy-commands.js';
import { presentAcquisition, presentSummary } from './presenter.js';

export function acquisitionRoutes(routes: Routes, _deps: AppDeps) {
  /** A write, then the whole acquisition as it now stands, with its new ETag. */
  const respond = async (scope: RequestScope, reply: Parameters<typeof setEtag>[0], id: string) => {
    const body = await presentAcquisition(scope.db, scope.auth, id);
    setEtag(reply, body.rowVersion);
    return body;
  };

  routes.on(endpoints.list, async ({ scope, query }) => {
    const { rows, total } = await scope.repos.acquisitions.list(query);
    return { items: rows.map(presentSummary), total, page: query.page, pageSize: query.pageSize, allowedCreate: scope.can('acquisition.create') };
  });

  routes.on(endpoints.report, async ({ scope, body }, reply) => respond(scope, reply, await reportNeed(scope, body)));

  routes.on(endpoints.get, async ({ scope, params }, reply) => respond(scope, reply, params.id));

  routes.on(endpoints.update, async (request, reply) => {
    await updateNeed(request.scope, request.params.id, expectedVersion(request), request.body);
    return respond(request.scope, reply, request.params.id);
  });

  routes.on(endpoints.suggestions, async ({ scope, params }) => {
    const repo = scope.repos.acquisitions;
    const found = await repo.get(params.id);
    if (!found) throw notFound();
    const capabilityIds = await repo.capabilityIds(found.row.id);
    const [internal, partner, agreements] = await Promise.all([
      repo.internalMatches(capabilityIds, scope.auth.language),
      repo.partnerMatches(capabilityIds, scope.auth.language),
      repo.agreementMatches(capabilityIds, found.row.reportedOn, scope.auth.language),
    ]);
    return { internal, partner, agreements, needCapabilities: capabilityIds.length };
  });

  routes.on(endpoints.answer, async (request, reply) => {
    await answerStep(request.scope, request.params.id, expectedVersion(request), request.body);
    return respond(request.scope, reply, request.params.id);
  });

  routes.on(endpoints.prestudy, async (request, reply) => {
    await savePrestudy(request.scope, request.params.id, expectedVersion(request), request.body.prestudyText);
    return respond(request.scope, reply, request.params.id);
  });

  routes.on(endpoints.attach, async ({ scope, params, body }, reply) => {
    await addAttachment(scope, params.id, body);
    return respond(scope, reply, params.id);
  });

  routes.on(endpoints.attachment, async ({ scope, params }, reply) => {
    const file = await scope.repos.acquisitions.attachment(params.id, params.attachmentId, scope.can('organisation.manage'));
    if (!file) throw notFound();
    return reply
      .type(file.contentType)
      .header('Content-Disposition', `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('X-Content-Type-Options', 'nosniff')
      .header('Cache-Control', 'private, no-store')
      .send(file.content);
  });

  // Who may is told before what the request lacks: the platform's permission check answers a
  // reader 403 before If-Match is looked at (428).
  routes.on(endpoints.removeAttachment, async (request) => {
    await setAttachmentArchived(request.scope, request.params.id, request.params.attachmentId, expectedVersion(request), true);
  });

  routes.on(endpoints.restoreAttachment, async (request, reply) => {
    await setAttachmentArchived(request.scope, request.params.id, request.params.attachmentId, expectedVersion(request), false);
    return respond(request.scope, reply, request.params.id);
  });

  routes.on(endpoints.noted, async (request, reply) => {
    await noteByCouncil(request.scope, request.params.id, expectedVersion(request));
    return respond(request.scope, reply, request.params.id);
  });

  routes.on(endpoints.install, async (request, reply) => {
    await install(request.scope, request.params.id, expectedVersion(request), request.body);
    return respond(request.scope, reply, request.params.id);
  });

  routes.on(endpoints.withdraw, async (request, reply) => {
    await withdraw(request.scope, request.params.id, expectedVersion(request), request.body.reason);
    return respond(request.scope, reply, request.params.id);
  });

  routes.on(endpoints.reopen, async (request, reply) => {
    await reopen(request.scope, request.params.id, expectedVersion(request));
    return respond(request.scope, reply, request.params.id);
  });
}
