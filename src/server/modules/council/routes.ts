import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../shared/common.js';
import { councilItem, decisionInput, decisionLog, decisionLogQuery, itemInput, meeting, meetingInput, meetingList } from '../../../shared/council.js';
import { type AuthContext, requireAuth } from '../../platform/auth.js';
import type { AppDeps } from '../../platform/deps.js';
import { expectedVersion, setEtag } from '../../platform/etag.js';
import { notFound } from '../../platform/errors.js';
import { can, readerFor } from '../../platform/permissions.js';
import { addItem, createMeeting, decideItem } from './commands.js';
import { type MinutesData, minutesDocx, minutesPdf } from './minutes.js';
import { councilRepository } from './repository.js';
import { eq } from 'drizzle-orm';
import { organisations } from '../organisation/schema.js';

const tags = ['council'];
type ItemRow = Awaited<ReturnType<ReturnType<typeof councilRepository>['items']>>[number];
const presentItem = ({ item, subjectTitle }: ItemRow) => ({
  id: item.id,
  meetingId: item.meetingId,
  number: item.number,
  title: item.title,
  subjectKind: item.subjectKind as 'project',
  subjectId: item.subjectId,
  subjectTitle,
  background: item.background,
  decision: item.decision as 'approved' | null,
  decisionText: item.decisionText,
  decidedOn: item.decidedOn,
  diarienummer: item.diarienummer,
  rowVersion: item.rowVersion,
});

export async function councilRoutes(app: FastifyInstance, { db, clock }: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const reader = readerFor('project.read', (organisationId) => councilRepository(db, organisationId));
  async function presentMeeting(auth: AuthContext, id: string) {
    const repo = councilRepository(db, auth.organisationId);
    const row = await repo.meeting(id);
    if (!row) throw notFound();
    const items = await repo.items(id);
    return { id: row.id, body: row.body, meetingDate: row.meetingDate, location: row.location, items: items.map(presentItem), rowVersion: row.rowVersion, allowedManage: can(auth, 'council.manage') };
  }

  api.get('/api/v1/council/meetings', { schema: { tags, summary: 'IT council meetings, newest first', response: { 200: meetingList } }, preHandler: requireAuth }, async (request) => {
    const { auth, repo } = reader(request);
    const rows = await repo.meetings();
    return {
      items: rows.map((r) => ({ id: r.meeting.id, body: r.meeting.body, meetingDate: r.meeting.meetingDate, location: r.meeting.location, itemCount: r.itemCount, decidedCount: r.decidedCount })),
      allowedManage: can(auth, 'council.manage'),
    };
  });

  api.post('/api/v1/council/meetings', { schema: { tags, summary: 'Call a meeting', body: meetingInput, response: { 201: meeting } }, preHandler: requireAuth }, async (request, reply) => {
    const { auth } = reader(request);
    const id = await createMeeting({ db, clock, auth }, request.body);
    return reply.status(201).send(await presentMeeting(auth, id));
  });

  api.get('/api/v1/council/meetings/:id', { schema: { tags, summary: 'A meeting with its agenda and decisions', params: idParams, response: { 200: meeting } }, preHandler: requireAuth }, async (request) =>
    presentMeeting(reader(request).auth, request.params.id),
  );

  api.post(
    '/api/v1/council/meetings/:id/items',
    { schema: { tags, summary: 'Put a matter (ärende) on the agenda; it gets the next §', params: idParams, body: itemInput, response: { 201: meeting } }, preHandler: requireAuth },
    async (request, reply) => {
      const { auth } = reader(request);
      await addItem({ db, clock, auth }, request.params.id, request.body);
      return reply.status(201).send(await presentMeeting(auth, request.params.id));
    },
  );

  api.put(
    '/api/v1/council/items/:id/decision',
    { schema: { tags, summary: 'Record the decision on a matter; needs If-Match', params: idParams, body: decisionInput, response: { 200: councilItem } }, preHandler: requireAuth },
    async (request, reply) => {
      const { auth, repo } = reader(request);
      const version = await decideItem({ db, clock, auth }, request.params.id, expectedVersion(request), request.body);
      const item = await repo.item(request.params.id);
      const [row] = (await repo.items(item!.meetingId)).filter((i) => i.item.id === request.params.id);
      setEtag(reply, version);
      return presentItem(row!);
    },
  );

  async function minutesOf(auth: AuthContext, id: string): Promise<MinutesData> {
    const m = await presentMeeting(auth, id);
    const [org] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, auth.organisationId));
    return { municipality: org?.name ?? '', body: m.body, meetingDate: m.meetingDate, location: m.location, items: m.items };
  }

  api.get('/api/v1/council/meetings/:id/minutes.docx', { schema: { tags, summary: 'The minutes (protokoll) as a Word document', params: idParams }, preHandler: requireAuth }, async (request, reply) => {
    const data = await minutesOf(reader(request).auth, request.params.id);
    return reply
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('Content-Disposition', `attachment; filename="protokoll-${data.meetingDate}.docx"`)
      .send(await minutesDocx(data));
  });

  api.get('/api/v1/council/meetings/:id/minutes.pdf', { schema: { tags, summary: 'The minutes (protokoll) as PDF', params: idParams }, preHandler: requireAuth }, async (request, reply) => {
    const data = await minutesOf(reader(request).auth, request.params.id);
    return reply.type('application/pdf').header('Content-Disposition', `attachment; filename="protokoll-${data.meetingDate}.pdf"`).send(await minutesPdf(data));
  });

  api.get('/api/v1/council/decisions', { schema: { tags, summary: 'The decision log across meetings, searchable', querystring: decisionLogQuery, response: { 200: decisionLog } }, preHandler: requireAuth }, async (request) => {
    const { repo } = reader(request);
    const rows = await repo.decisions(request.query.q);
    return { items: rows.map((r) => ({ ...presentItem(r), meetingDate: r.meetingDate, body: r.body })) };
  });
}
