import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../shared/common.js';
import { followUp, goalList, kpi, kpiInput, kpiList, kpiListQuery, measurementInput, measurementParams } from '../../../shared/goals.js';
import { type AuthContext, authOf, requireAuth } from '../../platform/auth.js';
import type { AppDeps } from '../../platform/deps.js';
import { expectedVersion, setEtag } from '../../platform/etag.js';
import { notFound } from '../../platform/errors.js';
import { readerFor } from '../../platform/permissions.js';
import { addMeasurement, correctMeasurement, createKpi, updateKpi } from './commands.js';
import { followUpWorkbook } from './export.js';
import { presentKpi } from './presenter.js';
import { kpiRepository } from './repository.js';
import { buildFollowUp } from './rules.js';

const tags = ['goals'];

export async function goalRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db, clock } = deps;
  const api = app.withTypeProvider<ZodTypeProvider>();
  type Req = Parameters<typeof authOf>[0];
  const reader = readerFor('document.read', (organisationId) => kpiRepository(db, organisationId));
  async function load(request: Req, id: string) {
    const { auth, repo } = reader(request);
    const row = await repo.get(id);
    if (!row) throw notFound();
    return presentKpi(row, await repo.factsFor([id]), auth, clock.today());
  }
  async function evaluated(auth: AuthContext, filter: { document?: string; goal?: string }) {
    const repo = kpiRepository(db, auth.organisationId);
    const rows = await repo.list(filter);
    const facts = await repo.factsFor(rows.map((r) => r.kpi.id));
    return rows.map((r) => presentKpi(r, facts, auth, clock.today()));
  }
  async function followUpOf(auth: AuthContext, documentId: string) {
    const doc = await kpiRepository(db, auth.organisationId).documentGoals(documentId);
    if (!doc) throw notFound();
    const { goals, counts } = buildFollowUp(doc.items, await evaluated(auth, { document: documentId }));
    return { documentId: doc.id, documentTitle: doc.title, counts, goals };
  }

  api.get(
    '/api/v1/goals',
    { schema: { tags, summary: "Every goal of the municipality's steering documents", response: { 200: goalList } }, preHandler: requireAuth },
    async (request) => ({ items: await reader(request).repo.goals() }),
  );

  api.get(
    '/api/v1/kpis',
    { schema: { tags, summary: 'KPIs with their derived status, by document or goal', querystring: kpiListQuery, response: { 200: kpiList } }, preHandler: requireAuth },
    async (request) => {
      const { auth } = reader(request);
      const items = await evaluated(auth, request.query);
      return { items: items.filter((k) => !request.query.status || k.evaluation.status === request.query.status) };
    },
  );

  api.post(
    '/api/v1/kpis',
    { schema: { tags, summary: 'Add a KPI to a goal, with its baseline and targets', body: kpiInput, response: { 201: kpi } }, preHandler: requireAuth },
    async (request, reply) => {
      const { auth } = reader(request);
      const id = await createKpi({ db, clock, auth }, request.body);
      const body = await load(request, id);
      setEtag(reply, body.rowVersion);
      return reply.status(201).send(body);
    },
  );

  api.get(
    '/api/v1/kpis/:id',
    { schema: { tags, summary: 'One KPI with targets, measurements and status', params: idParams, response: { 200: kpi } }, preHandler: requireAuth },
    async (request, reply) => {
      const body = await load(request, request.params.id);
      setEtag(reply, body.rowVersion);
      return body;
    },
  );

  api.put(
    '/api/v1/kpis/:id',
    { schema: { tags, summary: 'Change a KPI, its baseline and targets; needs If-Match', params: idParams, body: kpiInput, response: { 200: kpi } }, preHandler: requireAuth },
    async (request, reply) => {
      const { auth } = reader(request);
      await load(request, request.params.id);
      await updateKpi({ db, clock, auth }, request.params.id, expectedVersion(request), request.body);
      const body = await load(request, request.params.id);
      setEtag(reply, body.rowVersion);
      return body;
    },
  );

  api.post(
    '/api/v1/kpis/:id/measurements',
    { schema: { tags, summary: 'Enter the value of a period', params: idParams, body: measurementInput, response: { 201: kpi } }, preHandler: requireAuth },
    async (request, reply) => {
      const { auth } = reader(request);
      await load(request, request.params.id);
      await addMeasurement({ db, clock, auth }, request.params.id, request.body);
      return reply.status(201).send(await load(request, request.params.id));
    },
  );

  api.put(
    '/api/v1/kpis/:id/measurements/:measurementId',
    { schema: { tags, summary: "Correct a period's value; needs If-Match with the measurement's rowVersion", params: measurementParams, body: measurementInput, response: { 200: kpi } }, preHandler: requireAuth },
    async (request) => {
      const { auth } = reader(request);
      await load(request, request.params.id);
      await correctMeasurement({ db, clock, auth }, request.params.id, request.params.measurementId, expectedVersion(request), request.body);
      return load(request, request.params.id);
    },
  );

  api.get(
    '/api/v1/documents/:id/follow-up',
    { schema: { tags, summary: "Every goal of a document with its KPIs' status at a glance", params: idParams, response: { 200: followUp } }, preHandler: requireAuth },
    async (request) => followUpOf(reader(request).auth, request.params.id),
  );

  api.get(
    '/api/v1/documents/:id/follow-up.xlsx',
    { schema: { tags, summary: 'The goal follow-up as an Excel workbook', params: idParams }, preHandler: requireAuth },
    async (request, reply) => {
      const { auth } = reader(request);
      const data = await followUpOf(auth, request.params.id);
      const today = clock.today();
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('Content-Disposition', `attachment; filename="maluppfoljning-${today}.xlsx"`)
        .send(await followUpWorkbook(data, auth.language, today));
    },
  );
}
