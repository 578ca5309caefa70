import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acquisitionDetail,
  acquisitionInput,
  acquisitionList,
  acquisitionListQuery,
  answerInput,
  attachmentInput,
  installInput,
  prestudyInput,
  suggestions,
  withdrawInput,
} from '../../../shared/acquisitions.js';
import { idParams, uuid } from '../../../shared/common.js';
import { authOf, requireAuth } from '../../platform/auth.js';
import type { AppDeps } from '../../platform/deps.js';
import { expectedVersion, setEtag } from '../../platform/etag.js';
import { notFound } from '../../platform/errors.js';
import { can, readerFor, requirePermission } from '../../platform/permissions.js';
import { answerStep, install, noteByCouncil, reopen, reportNeed, updateNeed, withdraw } from './commands.js';
import { addAttachment, savePrestudy, setAttachmentArchived } from './prestudy-commands.js';
import { presentAcquisition, presentSummary } from './presenter.js';
import { acquisitionRepository } from './repository.js';

const tags = ['acquisitions'];
const attachmentParams = z.object({ id: uuid, attachmentId: uuid });
const emptyBody = z.object({}).strict().optional();

export async function acquisitionRoutes(app: FastifyInstance, { db, clock }: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const reader = readerFor('acquisition.read', (organisationId) => acquisitionRepository(db, organisationId));
  const ctx = (request: Parameters<typeof authOf>[0]) => ({ db, clock, auth: authOf(request) });

  api.get(
    '/api/v1/acquisitions',
    { schema: { tags, summary: 'Reported needs with their current step and outcome; `noted=false` is the IT council’s inbox', querystring: acquisitionListQuery, response: { 200: acquisitionList } }, preHandler: requireAuth },
    async (request) => {
      const { auth, repo } = reader(request);
      const { rows, total } = await repo.list(request.query);
      return { items: rows.map(presentSummary), total, page: request.query.page, pageSize: request.query.pageSize, allowedCreate: can(auth, 'acquisition.create') };
    },
  );

  api.post(
    '/api/v1/acquisitions',
    { schema: { tags, summary: 'Report a need (anmälan); it reaches the IT council’s inbox', body: acquisitionInput, response: { 201: acquisitionDetail } }, preHandler: requireAuth },
    async (request, reply) => {
      const { auth } = reader(request);
      const id = await reportNeed(ctx(request), request.body);
      const body = await presentAcquisition(db, auth, id);
      setEtag(reply, body.rowVersion);
      return reply.status(201).send(body);
    },
  );

  api.get(
    '/api/v1/acquisitions/:id',
    { schema: { tags, summary: 'A need, its route so far (every answer and who gave it) and the next question or outcome', params: idParams, response: { 200: acquisitionDetail } }, preHandler: requireAuth },
    async (request, reply) => {
      const { auth } = reader(request);
      const body = await presentAcquisition(db, auth, request.params.id);
      setEtag(reply, body.rowVersion);
      return body;
    },
  );

  /** A write, then the whole acquisition as it now stands, with its new ETag. */
  const respond = async (request: Parameters<typeof authOf>[0], reply: Parameters<typeof setEtag>[0], id: string, status = 200) => {
    const body = await presentAcquisition(db, authOf(request), id);
    setEtag(reply, body.rowVersion);
    return reply.status(status).send(body);
  };

  api.put(
    '/api/v1/acquisitions/:id',
    { schema: { tags, summary: 'Change the need (If-Match); the route is worked out again', params: idParams, body: acquisitionInput, response: { 200: acquisitionDetail } }, preHandler: requireAuth },
    async (request, reply) => {
      reader(request);
      await updateNeed(ctx(request), request.params.id, expectedVersion(request), request.body);
      return respond(request, reply, request.params.id);
    },
  );

  api.get(
    '/api/v1/acquisitions/:id/suggestions',
    { schema: { tags, summary: 'What Roder proposes: own systems, partners’ shared systems and agreements covering the need’s capabilities, best match first', params: idParams, response: { 200: suggestions } }, preHandler: requireAuth },
    async (request) => {
      const { auth, repo } = reader(request);
      const found = await repo.get(request.params.id);
      if (!found) throw notFound();
      const capabilityIds = await repo.capabilityIds(found.row.id);
      const [internal, partner, agreements] = await Promise.all([
        repo.internalMatches(capabilityIds, auth.language),
        repo.partnerMatches(capabilityIds, auth.language),
        repo.agreementMatches(capabilityIds, found.row.reportedOn, auth.language),
      ]);
      return { internal, partner, agreements, needCapabilities: capabilityIds.length };
    },
  );

  api.post(
    '/api/v1/acquisitions/:id/answers',
    { schema: { tags, summary: 'Answer the current step, or an earlier one again (If-Match); records who answered', params: idParams, body: answerInput, response: { 200: acquisitionDetail } }, preHandler: requireAuth },
    async (request, reply) => {
      reader(request);
      await answerStep(ctx(request), request.params.id, expectedVersion(request), request.body);
      return respond(request, reply, request.params.id);
    },
  );

  api.put(
    '/api/v1/acquisitions/:id/prestudy',
    { schema: { tags, summary: 'Save the needs inventory and pre-study text (If-Match)', params: idParams, body: prestudyInput, response: { 200: acquisitionDetail } }, preHandler: requireAuth },
    async (request, reply) => {
      reader(request);
      await savePrestudy(ctx(request), request.params.id, expectedVersion(request), request.body.prestudyText);
      return respond(request, reply, request.params.id);
    },
  );

  api.post(
    '/api/v1/acquisitions/:id/attachments',
    { schema: { tags, summary: 'Attach a file to the pre-study (base64, at most 5 MB)', params: idParams, body: attachmentInput, response: { 201: acquisitionDetail } }, bodyLimit: 8 * 1024 * 1024, preHandler: requireAuth },
    async (request, reply) => {
      reader(request);
      await addAttachment(ctx(request), request.params.id, request.body);
      return respond(request, reply, request.params.id, 201);
    },
  );

  api.get(
    '/api/v1/acquisitions/:id/attachments/:attachmentId',
    { schema: { tags, summary: 'Download an attachment', params: attachmentParams }, preHandler: requireAuth },
    async (request, reply) => {
      const { auth, repo } = reader(request);
      const file = await repo.attachment(request.params.id, request.params.attachmentId, can(auth, 'organisation.manage'));
      if (!file) throw notFound();
      return reply
        .type(file.contentType)
        .header('Content-Disposition', `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('X-Content-Type-Options', 'nosniff')
        .header('Cache-Control', 'private, no-store')
        .send(file.content);
    },
  );

  api.delete(
    '/api/v1/acquisitions/:id/attachments/:attachmentId',
    { schema: { tags, summary: 'Remove an attachment (admin; If-Match on the acquisition): kept, archived and restorable', params: attachmentParams }, preHandler: requireAuth },
    async (request, reply) => {
      // Who may is told before what the request lacks: a reader hears 403, not 428.
      requirePermission(reader(request).auth, 'organisation.manage');
      await setAttachmentArchived(ctx(request), request.params.id, request.params.attachmentId, expectedVersion(request), true);
      return reply.status(204).send();
    },
  );

  api.post(
    '/api/v1/acquisitions/:id/attachments/:attachmentId/restore',
    { schema: { tags, summary: 'Restore a removed attachment (admin; If-Match on the acquisition)', params: attachmentParams, body: emptyBody, response: { 200: acquisitionDetail } }, preHandler: requireAuth },
    async (request, reply) => {
      requirePermission(reader(request).auth, 'organisation.manage');
      await setAttachmentArchived(ctx(request), request.params.id, request.params.attachmentId, expectedVersion(request), false);
      return respond(request, reply, request.params.id);
    },
  );

  api.post(
    '/api/v1/acquisitions/:id/noted',
    { schema: { tags, summary: 'The IT council marks the report as received (If-Match)', params: idParams, body: emptyBody, response: { 200: acquisitionDetail } }, preHandler: requireAuth },
    async (request, reply) => {
      reader(request);
      await noteByCouncil(ctx(request), request.params.id, expectedVersion(request));
      return respond(request, reply, request.params.id);
    },
  );

  api.post(
    '/api/v1/acquisitions/:id/install',
    { schema: { tags, summary: 'Step 7: installed; becomes a system in the register, linked back (If-Match)', params: idParams, body: installInput, response: { 200: acquisitionDetail } }, preHandler: requireAuth },
    async (request, reply) => {
      reader(request);
      await install(ctx(request), request.params.id, expectedVersion(request), request.body);
      return respond(request, reply, request.params.id);
    },
  );

  api.post(
    '/api/v1/acquisitions/:id/withdraw',
    { schema: { tags, summary: 'Withdraw the need (If-Match), with the reason; the route stops until it is reopened', params: idParams, body: withdrawInput, response: { 200: acquisitionDetail } }, preHandler: requireAuth },
    async (request, reply) => {
      reader(request);
      await withdraw(ctx(request), request.params.id, expectedVersion(request), request.body.reason);
      return respond(request, reply, request.params.id);
    },
  );

  api.post(
    '/api/v1/acquisitions/:id/reopen',
    { schema: { tags, summary: 'Take a withdrawn need up again (If-Match); the route goes on from its answers', params: idParams, body: emptyBody, response: { 200: acquisitionDetail } }, preHandler: requireAuth },
    async (request, reply) => {
      reader(request);
      await reopen(ctx(request), request.params.id, expectedVersion(request));
      return respond(request, reply, request.params.id);
    },
  );
}
