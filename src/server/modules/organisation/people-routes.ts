import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../shared/common.js';
import { person, personInput, personList } from '../../../shared/organisation.js';
import { type AuthContext, authOf, requireAuth } from '../../platform/auth.js';
import type { AppDeps } from '../../platform/deps.js';
import { expectedVersion, setEtag } from '../../platform/etag.js';
import { notFound } from '../../platform/errors.js';
import { can, requirePermission } from '../../platform/permissions.js';
import { archivePerson, createPerson, updatePerson } from './people-commands.js';
import { organisationRepository } from './repository.js';

const tags = ['organisation'];

type Row = Awaited<ReturnType<ReturnType<typeof organisationRepository>['people']>>[number];

/** Login roles are shown only to those who manage the organisation. */
function present(row: Row, auth: AuthContext) {
  const manage = can(auth, 'organisation.manage');
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    departmentId: row.departmentId,
    title: row.title,
    rowVersion: row.rowVersion,
    ...(manage ? { login: row.roleKey ? { roleKey: row.roleKey, roleName: (auth.language === 'en' ? row.roleNameEn : row.roleNameSv) ?? row.roleKey } : null } : {}),
  };
}

export async function peopleRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db, clock, config } = deps;
  const api = app.withTypeProvider<ZodTypeProvider>();
  const context = (request: Parameters<typeof authOf>[0]) => ({ db, clock, auth: authOf(request), scryptCost: config.scryptCost });

  async function presentOne(auth: AuthContext, id: string) {
    const row = (await organisationRepository(db, auth.organisationId).people()).find((p) => p.id === id);
    if (!row) throw notFound();
    return present(row, auth);
  }

  api.get(
    '/api/v1/people',
    { schema: { tags, summary: "The municipality's people", response: { 200: personList } }, preHandler: requireAuth },
    async (request) => {
      const auth = authOf(request);
      requirePermission(auth, 'organisation.read');
      const rows = await organisationRepository(db, auth.organisationId).people();
      return { items: rows.map((r) => present(r, auth)), allowedManage: can(auth, 'organisation.manage') };
    },
  );

  api.post(
    '/api/v1/people',
    { schema: { tags, summary: 'Add a person, optionally with a login role (admin)', body: personInput, response: { 201: person } }, preHandler: requireAuth },
    async (request, reply) => {
      const auth = authOf(request);
      requirePermission(auth, 'organisation.manage');
      const id = await createPerson(context(request), request.body);
      const body = await presentOne(auth, id);
      setEtag(reply, body.rowVersion);
      return reply.status(201).send(body);
    },
  );

  api.put(
    '/api/v1/people/:id',
    { schema: { tags, summary: 'Change a person and their login role (admin); needs If-Match', params: idParams, body: personInput, response: { 200: person } }, preHandler: requireAuth },
    async (request, reply) => {
      const auth = authOf(request);
      requirePermission(auth, 'organisation.manage');
      if (!(await organisationRepository(db, auth.organisationId).person(request.params.id))) throw notFound();
      const version = await updatePerson(context(request), request.params.id, expectedVersion(request), request.body);
      setEtag(reply, version);
      return presentOne(auth, request.params.id);
    },
  );

  api.delete(
    '/api/v1/people/:id',
    { schema: { tags, summary: 'Archive a person who no longer owns systems (admin); needs If-Match', params: idParams, response: { 204: z.null() } }, preHandler: requireAuth },
    async (request, reply) => {
      const auth = authOf(request);
      requirePermission(auth, 'organisation.manage');
      if (!(await organisationRepository(db, auth.organisationId).person(request.params.id))) throw notFound();
      await archivePerson(context(request), request.params.id, expectedVersion(request));
      return reply.status(204).send(null);
    },
  );
}
