import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../shared/common.js';
import { project, projectInput, projectList, projectListQuery, projectTransitionInput } from '../../../shared/portfolio.js';
import { type AuthContext, requireAuth } from '../../platform/auth.js';
import type { AppDeps } from '../../platform/deps.js';
import { expectedVersion, setEtag } from '../../platform/etag.js';
import { notFound } from '../../platform/errors.js';
import { can, readerFor } from '../../platform/permissions.js';
import { createProject, portfolioRules, transitionProject, updateProject } from './commands.js';
import { presentProject } from './presenter.js';
import { projectRepository } from './repository.js';

const tags = ['portfolio'];

export async function portfolioRoutes(app: FastifyInstance, { db, clock }: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const reader = readerFor('project.read', (organisationId) => projectRepository(db, organisationId));
  async function load(auth: AuthContext, id: string) {
    const row = await projectRepository(db, auth.organisationId).get(id);
    if (!row) throw notFound();
    const rules = await portfolioRules(db, auth.organisationId, clock.today());
    return presentProject(row, auth, rules.threshold, rules.discountRate, clock.today());
  }

  api.get('/api/v1/projects', { schema: { tags, summary: 'The project portfolio with sums', querystring: projectListQuery, response: { 200: projectList } }, preHandler: requireAuth }, async (request) => {
    const { auth, repo } = reader(request);
    const rules = await portfolioRules(db, auth.organisationId, clock.today());
    const items = (await repo.list(request.query)).map((r) => {
      const p = presentProject(r, auth, rules.threshold, rules.discountRate, clock.today());
      return {
        id: p.id, name: p.name, kind: p.kind, status: p.status, ownerName: p.ownerName, startDate: p.startDate, endDate: p.endDate, health: p.health,
        totalInvestment: p.totalInvestment, yearlyRunningCost: p.yearlyRunningCost, threshold: p.threshold, milestones: p.milestones,
        netPresentValue: p.valuation.netPresentValue, moneyBenefit: p.valuation.peng.directBenefit + p.valuation.peng.indirectBenefit,
        horizonCost: p.valuation.peng.cost,
      };
    });
    return {
      items,
      sums: {
        investment: items.reduce((s, i) => s + i.totalInvestment, 0),
        yearlyRunningCost: items.reduce((s, i) => s + i.yearlyRunningCost, 0),
        netPresentValue: items.reduce((s, i) => s + i.netPresentValue, 0),
      },
      allowedCreate: can(auth, 'project.create'),
    };
  });

  api.post('/api/v1/projects', { schema: { tags, summary: 'Add a project (as an idea)', body: projectInput, response: { 201: project } }, preHandler: requireAuth }, async (request, reply) => {
    const { auth } = reader(request);
    const id = await createProject({ db, clock, auth }, request.body);
    const body = await load(auth, id);
    setEtag(reply, body.rowVersion);
    return reply.status(201).send(body);
  });

  api.get('/api/v1/projects/:id', { schema: { tags, summary: 'A project with its benefit valuation', params: idParams, response: { 200: project } }, preHandler: requireAuth }, async (request, reply) => {
    const body = await load(reader(request).auth, request.params.id);
    setEtag(reply, body.rowVersion);
    return body;
  });

  api.put('/api/v1/projects/:id', { schema: { tags, summary: 'Change a project and its valuation; needs If-Match', params: idParams, body: projectInput, response: { 200: project } }, preHandler: requireAuth }, async (request, reply) => {
    const { auth } = reader(request);
    await load(auth, request.params.id);
    await updateProject({ db, clock, auth }, request.params.id, expectedVersion(request), request.body);
    const body = await load(auth, request.params.id);
    setEtag(reply, body.rowVersion);
    return body;
  });

  api.post(
    '/api/v1/projects/:id/transitions',
    { schema: { tags, summary: 'Move the status; deciding needs a valuation and, above the threshold, an IT council decision. Needs If-Match', params: idParams, body: projectTransitionInput, response: { 200: project } }, preHandler: requireAuth },
    async (request, reply) => {
      const { auth } = reader(request);
      await load(auth, request.params.id);
      await transitionProject({ db, clock, auth }, request.params.id, expectedVersion(request), request.body.to);
      const body = await load(auth, request.params.id);
      setEtag(reply, body.rowVersion);
      return body;
    },
  );
}
