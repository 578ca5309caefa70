import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  application,
  applicationInput,
  applicationList,
  applicationListQuery,
  applicationNames,
  applicationSummary,
  historyList,
  overlapReport,
} from '../../../shared/applications.js';
import { idParams } from '../../../shared/common.js';
import { authOf, requireAuth } from '../../platform/auth.js';
import type { AppDeps } from '../../platform/deps.js';
import { expectedVersion, setEtag } from '../../platform/etag.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { can, requirePermission } from '../organisation/access.js';
import { archiveApplication, createApplication, restoreApplication, updateApplication } from './commands.js';
import { exportWorkbook } from './export.js';
import { applicationHistory } from './history.js';
import { overlapsFor } from './overlaps.js';
import { presentApplication, presentListItem, readScopeOf } from './presenter.js';
import { applicationRepository } from './repository.js';

const tags = ['applications'];

export async function applicationRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db, clock } = deps;
  const api = app.withTypeProvider<ZodTypeProvider>();

  const readScope = (request: Parameters<typeof authOf>[0]) => {
    const scope = readScopeOf(authOf(request));
    if (!scope) throw forbidden();
    return scope;
  };

  /** Loads one system the person may read, or answers 404 (another municipality's id looks unknown). */
  async function loadReadable(request: Parameters<typeof authOf>[0], id: string) {
    const auth = authOf(request);
    const scope = readScope(request);
    // Archived systems stay visible to those who may restore them.
    const loaded = await applicationRepository(db, auth.organisationId).get(id, { includeArchived: can(auth, 'application.archive') });
    if (!loaded) throw notFound();
    if (scope.kind !== 'all' && !can(auth, 'application.read', { departmentIds: loaded.departmentIds, ownerIds: [loaded.row.ownerId, loaded.row.managerId] })) {
      throw notFound();
    }
    return loaded;
  }

  api.get(
    '/api/v1/applications',
    { schema: { tags, summary: 'The application register, filtered, sorted and paged', querystring: applicationListQuery, response: { 200: applicationList } }, preHandler: requireAuth },
    async (request) => {
      const auth = authOf(request);
      const today = clock.today();
      const repo = applicationRepository(db, auth.organisationId);
      if (request.query.archived) requirePermission(auth, 'application.archive');
      const { rows, total } = await repo.list(request.query, readScope(request), today);
      const tests = await repo.testDates(rows.map((r) => r.id));
      return {
        items: rows.map((r) => presentListItem(r, tests.get(r.id) ?? [], today)),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
        allowedCreate: can(auth, 'application.create'),
      };
    },
  );

  api.get(
    '/api/v1/applications/export.xlsx',
    {
      schema: { tags, summary: 'The filtered register as an Excel workbook', querystring: applicationListQuery, produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] },
      preHandler: requireAuth,
    },
    async (request, reply) => {
      const auth = authOf(request);
      const today = clock.today();
      const repo = applicationRepository(db, auth.organisationId);
      if (request.query.archived) requirePermission(auth, 'application.archive');
      const rows = await repo.listAll(request.query, readScope(request), today);
      const buffer = await exportWorkbook(rows, auth.language, today, await repo.testDates(rows.map((r) => r.id)));
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('Content-Disposition', `attachment; filename="systemregister-${today}.xlsx"`)
        .send(buffer);
    },
  );

  api.get(
    '/api/v1/applications/names',
    { schema: { tags, summary: 'Every live system’s id and name (for choosing integrations)', response: { 200: applicationNames } }, preHandler: requireAuth },
    async (request) => {
      const auth = authOf(request);
      return { items: await applicationRepository(db, auth.organisationId).names(readScope(request), clock.today()) };
    },
  );

  api.get(
    '/api/v1/applications/summary',
    { schema: { tags, summary: 'How many systems there are and how many show each deviation', response: { 200: applicationSummary } }, preHandler: requireAuth },
    async (request) => {
      const auth = authOf(request);
      return applicationRepository(db, auth.organisationId).flagCounts(readScope(request), clock.today());
    },
  );

  api.get(
    '/api/v1/applications/overlaps',
    { schema: { tags, summary: 'Capabilities served by two or more live systems, with the money at stake', response: { 200: overlapReport } }, preHandler: requireAuth },
    async (request) => {
      const auth = authOf(request);
      if (readScope(request).kind !== 'all') throw forbidden();
      return overlapsFor(db, auth);
    },
  );

  api.post(
    '/api/v1/applications',
    { schema: { tags, summary: 'Register a system', body: applicationInput, response: { 201: application } }, preHandler: requireAuth },
    async (request, reply) => {
      const auth = authOf(request);
      const id = await createApplication({ db, clock, auth }, request.body);
      const loaded = (await applicationRepository(db, auth.organisationId).get(id))!;
      setEtag(reply, loaded.row.rowVersion);
      reply.header('Location', `/api/v1/applications/${id}`);
      return reply.status(201).send(presentApplication(loaded, auth, clock.today()));
    },
  );

  api.get(
    '/api/v1/applications/:id',
    { schema: { tags, summary: 'One system', params: idParams, response: { 200: application } }, preHandler: requireAuth },
    async (request, reply) => {
      const loaded = await loadReadable(request, request.params.id);
      setEtag(reply, loaded.row.rowVersion);
      return presentApplication(loaded, authOf(request), clock.today());
    },
  );

  api.put(
    '/api/v1/applications/:id',
    {
      schema: { tags, summary: 'Replace a system’s data; needs If-Match with the ETag read', params: idParams, body: applicationInput, response: { 200: application } },
      preHandler: requireAuth,
    },
    async (request, reply) => {
      const auth = authOf(request);
      await loadReadable(request, request.params.id);
      const version = expectedVersion(request);
      await updateApplication({ db, clock, auth }, request.params.id, version, request.body);
      const loaded = (await applicationRepository(db, auth.organisationId).get(request.params.id))!;
      setEtag(reply, loaded.row.rowVersion);
      return presentApplication(loaded, auth, clock.today());
    },
  );

  api.delete(
    '/api/v1/applications/:id',
    { schema: { tags, summary: 'Archive a system (admin; restorable, nothing is purged)', params: idParams, response: { 204: z.null() } }, preHandler: requireAuth },
    async (request, reply) => {
      const auth = authOf(request);
      await loadReadable(request, request.params.id);
      requirePermission(auth, 'application.archive');
      await archiveApplication({ db, clock, auth }, request.params.id, expectedVersion(request));
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/v1/applications/:id/restore',
    {
      schema: { tags, summary: 'Bring an archived system back (admin); needs If-Match', params: idParams, response: { 200: application } },
      preHandler: requireAuth,
    },
    async (request, reply) => {
      const auth = authOf(request);
      await loadReadable(request, request.params.id);
      requirePermission(auth, 'application.archive');
      await restoreApplication({ db, clock, auth }, request.params.id, expectedVersion(request));
      const loaded = (await applicationRepository(db, auth.organisationId).get(request.params.id))!;
      setEtag(reply, loaded.row.rowVersion);
      return presentApplication(loaded, auth, clock.today());
    },
  );

  api.get(
    '/api/v1/applications/:id/history',
    { schema: { tags, summary: 'Who changed what and when, with before and after values', params: idParams, response: { 200: historyList } }, preHandler: requireAuth },
    async (request) => {
      const auth = authOf(request);
      await loadReadable(request, request.params.id);
      return { items: await applicationHistory(db, auth, request.params.id) };
    },
  );
}
