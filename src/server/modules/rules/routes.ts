import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type ruleKeys, ruleValue, ruleValueInput, ruleValueList } from '../../../shared/portfolio.js';
import { authOf, requireAuth } from '../../platform/auth.js';
import type { AppDeps } from '../../platform/deps.js';
import { can, requirePermission } from '../../platform/permissions.js';
import { addRuleValue } from './commands.js';
import { ruleRepository } from './repository.js';

type Row = Awaited<ReturnType<ReturnType<typeof ruleRepository>['list']>>[number];
const present = (r: Row) => ({ id: r.id, key: r.key as (typeof ruleKeys)[number], value: r.value, effectiveFrom: r.effectiveFrom, description: r.description, rowVersion: r.rowVersion });

export async function ruleRoutes(app: FastifyInstance, { db, clock }: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/rules',
    { schema: { tags: ['rules'], summary: 'Rule values with their effective dates (portfolio threshold, discount rate, procurement limits, prisbasbelopp)', response: { 200: ruleValueList } }, preHandler: requireAuth },
    async (request) => {
      const auth = authOf(request);
      requirePermission(auth, 'organisation.read');
      return { items: (await ruleRepository(db, auth.organisationId).list()).map(present), allowedManage: can(auth, 'organisation.manage') };
    },
  );
  api.post(
    '/api/v1/rules',
    { schema: { tags: ['rules'], summary: 'Add a value from an effective date (admin); earlier values keep applying before it. A preset whose value is not known (null) is filled in by adding its key and date.', body: ruleValueInput, response: { 201: ruleValue } }, preHandler: requireAuth },
    async (request, reply) => reply.status(201).send(present(await addRuleValue({ db, clock, auth: authOf(request) }, request.body))),
  );
}
