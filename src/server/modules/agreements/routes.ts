import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type AgreementDetail, agreementDetail, agreementInput, agreementList, agreementListQuery } from '../../../shared/acquisitions.js';
import { idParams } from '../../../shared/common.js';
import { type AuthContext, requireAuth } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import { addMonths } from '../../platform/dates.js';
import type { Db } from '../../platform/db.js';
import type { AppDeps } from '../../platform/deps.js';
import { expectedVersion, setEtag } from '../../platform/etag.js';
import { notFound } from '../../platform/errors.js';
import { can, readerFor } from '../../platform/permissions.js';
import { createAgreement, updateAgreement } from './commands.js';
import { agreementRepository, statusOn } from './repository.js';

const tags = ['agreements'];
type Listed = NonNullable<Awaited<ReturnType<ReturnType<typeof agreementRepository>['get']>>>;

function presentSummary({ row, supplier, systemCount, capabilityNames }: Listed, today: string) {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as AgreementDetail['kind'],
    supplier,
    reference: row.reference,
    startDate: row.startDate,
    endDate: row.endDate,
    noticeMonths: row.noticeMonths,
    noticeDate: row.endDate && row.noticeMonths !== null ? addMonths(row.endDate, -row.noticeMonths) : null,
    status: statusOn(row, today),
    capabilityNames,
    systemCount,
    rowVersion: row.rowVersion,
  };
}

async function presentAgreement(db: Db, clock: Clock, auth: AuthContext, id: string): Promise<AgreementDetail> {
  const repo = agreementRepository(db, auth.organisationId);
  const found = await repo.get(id, auth.language);
  if (!found) throw notFound();
  const [capabilityIds, systems, acquisitions] = await Promise.all([repo.capabilityIds(id), repo.systems(id), repo.acquisitions(id)]);
  return {
    ...presentSummary(found, clock.today()),
    description: found.row.description,
    extensionOptions: found.row.extensionOptions,
    capabilityIds,
    systems,
    acquisitions,
    allowedEdit: can(auth, 'agreement.manage'),
    archived: found.row.archivedAt !== null,
  };
}

/** The agreements register: framework agreements (ramavtal) and contracts, read with the register's permission. */
export async function agreementRoutes(app: FastifyInstance, { db, clock }: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const reader = readerFor('application.read', (organisationId) => agreementRepository(db, organisationId));

  api.get(
    '/api/v1/agreements',
    { schema: { tags, summary: 'The agreements register: framework agreements and contracts, with scope as capabilities', querystring: agreementListQuery, response: { 200: agreementList } }, preHandler: requireAuth },
    async (request) => {
      const { auth, repo } = reader(request);
      const today = clock.today();
      const { rows, total } = await repo.list(request.query, today, auth.language);
      return { items: rows.map((r) => presentSummary(r, today)), total, page: request.query.page, pageSize: request.query.pageSize, allowedCreate: can(auth, 'agreement.manage') };
    },
  );

  api.post(
    '/api/v1/agreements',
    { schema: { tags, summary: 'Add an agreement to the register', body: agreementInput, response: { 201: agreementDetail } }, preHandler: requireAuth },
    async (request, reply) => {
      const { auth } = reader(request);
      const id = await createAgreement({ db, clock, auth }, request.body);
      const body = await presentAgreement(db, clock, auth, id);
      setEtag(reply, body.rowVersion);
      return reply.status(201).send(body);
    },
  );

  api.get(
    '/api/v1/agreements/:id',
    { schema: { tags, summary: 'An agreement with the systems and acquisitions that use it', params: idParams, response: { 200: agreementDetail } }, preHandler: requireAuth },
    async (request, reply) => {
      const { auth } = reader(request);
      const body = await presentAgreement(db, clock, auth, request.params.id);
      setEtag(reply, body.rowVersion);
      return body;
    },
  );

  api.put(
    '/api/v1/agreements/:id',
    { schema: { tags, summary: 'Change an agreement (If-Match)', params: idParams, body: agreementInput, response: { 200: agreementDetail } }, preHandler: requireAuth },
    async (request, reply) => {
      const { auth } = reader(request);
      await updateAgreement({ db, clock, auth }, request.params.id, expectedVersion(request), request.body);
      const body = await presentAgreement(db, clock, auth, request.params.id);
      setEtag(reply, body.rowVersion);
      return body;
    },
  );
}
