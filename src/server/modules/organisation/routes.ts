import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../shared/common.js';
import { capabilityList, department, departmentInput, departmentList, roleList } from '../../../shared/organisation.js';
import { authOf, requireAuth } from '../../platform/auth.js';
import type { AppDeps } from '../../platform/deps.js';
import { expectedVersion, setEtag } from '../../platform/etag.js';
import { notFound } from '../../platform/errors.js';
import { can, requirePermission } from '../../platform/permissions.js';
import { createDepartment } from './commands.js';
import { archiveDepartment, updateDepartment } from './department-commands.js';
import { organisationRepository } from './repository.js';

const tags = ['organisation'];

export async function organisationRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db, clock, config } = deps;
  const api = app.withTypeProvider<ZodTypeProvider>();
  const repo = (organisationId: string) => organisationRepository(db, organisationId);
  const context = (request: Parameters<typeof authOf>[0]) => ({ db, clock, auth: authOf(request), scryptCost: config.scryptCost });

  api.get(
    '/api/v1/departments',
    { schema: { tags, summary: "The municipality's departments (förvaltningar)", response: { 200: departmentList } }, preHandler: requireAuth },
    async (request) => {
      const auth = authOf(request);
      requirePermission(auth, 'organisation.read');
      return { items: await repo(auth.organisationId).departments(), allowedManage: can(auth, 'organisation.manage') };
    },
  );

  async function presentDepartment(organisationId: string, id: string) {
    const row = await repo(organisationId).department(id);
    if (!row) throw notFound();
    return { id: row.id, name: row.name, code: row.code, rowVersion: row.rowVersion };
  }

  api.post(
    '/api/v1/departments',
    { schema: { tags, summary: 'Add a department (admin)', body: departmentInput, response: { 201: department } }, preHandler: requireAuth },
    async (request, reply) => {
      const auth = authOf(request);
      requirePermission(auth, 'organisation.manage');
      const row = await createDepartment({ db, clock, actor: { personId: auth.personId, accountId: auth.accountId } }, auth.organisationId, request.body);
      setEtag(reply, row.rowVersion);
      return reply.status(201).send(await presentDepartment(auth.organisationId, row.id));
    },
  );

  api.put(
    '/api/v1/departments/:id',
    { schema: { tags, summary: 'Rename a department (admin); needs If-Match', params: idParams, body: departmentInput, response: { 200: department } }, preHandler: requireAuth },
    async (request, reply) => {
      const auth = authOf(request);
      requirePermission(auth, 'organisation.manage');
      if (!(await repo(auth.organisationId).department(request.params.id))) throw notFound();
      const version = await updateDepartment(context(request), request.params.id, expectedVersion(request), request.body);
      setEtag(reply, version);
      return presentDepartment(auth.organisationId, request.params.id);
    },
  );

  api.delete(
    '/api/v1/departments/:id',
    { schema: { tags, summary: 'Archive a department no one belongs to (admin); needs If-Match', params: idParams, response: { 204: z.null() } }, preHandler: requireAuth },
    async (request, reply) => {
      const auth = authOf(request);
      requirePermission(auth, 'organisation.manage');
      if (!(await repo(auth.organisationId).department(request.params.id))) throw notFound();
      await archiveDepartment(context(request), request.params.id, expectedVersion(request));
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/api/v1/roles',
    { schema: { tags, summary: 'The roles of the municipality and what they grant', response: { 200: roleList } }, preHandler: requireAuth },
    async (request) => {
      const auth = authOf(request);
      requirePermission(auth, 'organisation.read');
      const roles = await repo(auth.organisationId).roles();
      return {
        items: roles.map((r) => ({
          id: r.id,
          key: r.key,
          name: auth.language === 'en' ? r.nameEn : r.nameSv,
          grants: r.grants,
          needsDepartment: r.grants.some((g) => g.scope === 'department'),
        })),
      };
    },
  );

  api.get(
    '/api/v1/capabilities',
    { schema: { tags, summary: 'The capability catalogue (verksamhetsförmågor): presets and the municipality’s own', response: { 200: capabilityList } }, preHandler: requireAuth },
    async (request) => {
      const auth = authOf(request);
      requirePermission(auth, 'organisation.read');
      return { items: await repo(auth.organisationId).capabilities() };
    },
  );
}
