import { councilEndpoints as endpoints } from '../../../shared/endpoints/council.js';
import type { AppDeps } from '../../platform/deps.js';
import { expectedVersion, setEtag } from '../../platform/etag.js';
import { notFound } from '../../platform/errors.js';
import type { Routes } from '../../platform/endpoints.js';
import type { RequestScope } from '../../platform/scope.js';
import { addItem, createMeeting, decideItem, setParticipants } from './commands.js';
import { type MinutesData, minutesDocx, minutesPdf } from './minutes.js';
import type { councilRepository } from './repository.js';

type ItemRow = Awaited<ReturnType<ReturnType<typeof councilRepository>['items']>>[number];
const presentItem = ({ item, subjectTitle }: Pick<ItemRow, 'item' | 'subjectTitle'>) => ({
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

export function councilRoutes(routes: Routes, _deps: AppDeps) {
  async function presentMeeting(scope: RequestScope, id: string) {
    const repo = scope.repos.council;
    const row = await repo.meeting(id);
    if (!row) throw notFound();
    const items = await repo.items(id);
    const participants = await repo.participants(id);
    return {
      id: row.id,
      body: row.body,
      meetingDate: row.meetingDate,
      location: row.location,
      items: items.map(presentItem),
      participants: participants.map((p) => ({ personId: p.personId, name: p.name, note: p.note, role: p.role as 'attendee' })),
      rowVersion: row.rowVersion,
      allowedManage: scope.can('council.manage'),
    };
  }

  routes.on(endpoints.meetings, async ({ scope }) => {
    const rows = await scope.repos.council.meetings();
    return {
      items: rows.map((r) => ({ id: r.meeting.id, body: r.meeting.body, meetingDate: r.meeting.meetingDate, location: r.meeting.location, itemCount: r.itemCount, decidedCount: r.decidedCount })),
      allowedManage: scope.can('council.manage'),
    };
  });

  routes.on(endpoints.createMeeting, async ({ scope, body }) => presentMeeting(scope, await createMeeting(scope, body)));

  routes.on(endpoints.meeting, async ({ scope, params }) => presentMeeting(scope, params.id));

  routes.on(endpoints.addItem, async ({ scope, params, body }) => {
    await addItem(scope, params.id, body);
    return presentMeeting(scope, params.id);
  });

  routes.on(endpoints.participants, async (request, reply) => {
    const { scope, params } = request;
    setEtag(reply, await setParticipants(scope, params.id, expectedVersion(request), request.body));
    return presentMeeting(scope, params.id);
  });

  routes.on(endpoints.decide, async (request, reply) => {
    const { scope, params } = request;
    const version = await decideItem(scope, params.id, expectedVersion(request), request.body);
    const item = await scope.repos.council.item(params.id);
    const [row] = (await scope.repos.council.items(item!.meetingId)).filter((i) => i.item.id === params.id);
    setEtag(reply, version);
    return presentItem(row!);
  });

  async function minutesOf(scope: RequestScope, id: string): Promise<MinutesData> {
    const repo = scope.repos.council;
    const row = await repo.meeting(id);
    if (!row) throw notFound();
    const items = await repo.items(id);
    const participants = await repo.participants(id);
    return {
      municipality: scope.auth.organisationName,
      body: row.body,
      meetingDate: row.meetingDate,
      location: row.location,
      created: scope.clock.now(),
      // A person with no title or organisation recorded for the meeting shows their title.
      participants: participants.map((p) => ({ name: p.name, note: p.note || (p.personId ? (p.personTitle ?? '') : ''), role: p.role as 'attendee' })),
      items: items.map((r) => ({ ...presentItem(r), amount: r.subjectAmount === null ? null : Number(r.subjectAmount) })),
    };
  }

  routes.on(endpoints.minutesDocx, async ({ scope, params }, reply) => {
    const data = await minutesOf(scope, params.id);
    return reply
      .type(endpoints.minutesDocx.produces)
      .header('Content-Disposition', `attachment; filename="protokoll-${data.meetingDate}.docx"`)
      .send(await minutesDocx(data));
  });

  routes.on(endpoints.minutesPdf, async ({ scope, params }, reply) => {
    const data = await minutesOf(scope, params.id);
    return reply.type(endpoints.minutesPdf.produces).header('Content-Disposition', `attachment; filename="protokoll-${data.meetingDate}.pdf"`).send(await minutesPdf(data));
  });

  routes.on(endpoints.decisions, async ({ scope, query }) => {
    const rows = await scope.repos.council.decisions(query.q);
    return { items: rows.map((r) => ({ ...presentItem(r), meetingDate: r.meetingDate, body: r.body })) };
  });
}
