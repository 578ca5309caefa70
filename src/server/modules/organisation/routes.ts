import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { capabilityList, departmentList, personList } from '../../../shared/organisation.js';
import { authOf, requireAuth } from '../../platform/auth.js';
import type { AppDeps } from '../../platform/deps.js';
import { requirePermission } from './access.js';
import { organisationRepository } from './repository.js';

export async function organisationRoutes(app: FastifyInstance, { db }: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const repo = (organisationId: string) => organisationRepository(db, organisationId);

  api.get(
    '/api/v1/departments',
    { schema: { tags: ['organisation'], summary: "The municipality's departments (förvaltningar)", response: { 200: departmentList } }, preHandler: requireAuth },
    async (request) => {
      const auth = authOf(request);
      requirePermission(auth, 'organisation.read');
      return { items: await repo(auth.organisationId).departments() };
    },
  );

  api.get(
    '/api/v1/people',
    { schema: { tags: ['organisation'], summary: "The municipality's people", response: { 200: personList } }, preHandler: requireAuth },
    async (request) => {
      const auth = authOf(request);
      requirePermission(auth, 'organisation.read');
      return { items: await repo(auth.organisationId).people() };
    },
  );

  api.get(
    '/api/v1/capabilities',
    {
      schema: { tags: ['organisation'], summary: 'The capability catalogue (verksamhetsförmågor): presets and the municipality’s own', response: { 200: capabilityList } },
      preHandler: requireAuth,
    },
    async (request) => {
      const auth = authOf(request);
      requirePermission(auth, 'organisation.read');
      return { items: await repo(auth.organisationId).capabilities() };
    },
  );
}
