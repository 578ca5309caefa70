import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../audit/schema.js';
import { ApiClient } from '../../testing/client.js';
import { createTestMunicipality, type Municipality, PASSWORD, systemInput } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const year = new Date().getUTCFullYear();

/**
 * Sara (systemägare) answers for something of every kind: two systems as owner, one as manager,
 * a strategy, a KPI, a project as owner and sponsor with one open and one done follow-up; plus a
 * repealed-free closed project she owned, which stays hers as its record.
 */
async function saraResponsibleForEverything(m: Municipality) {
  const admin = await m.as('admin');
  const chef = await m.as('it_chef');
  const sara = m.people.systemagare.personId;
  const systems = [];
  for (const overrides of [{ name: 'Ärendesystem', ownerId: sara }, { name: 'Bokningssystem', ownerId: sara }, { name: 'Ekonomisystem', managerId: sara }]) {
    const res = await admin.post('/api/v1/applications', systemInput(overrides));
    expect(res.status).toBe(201);
    systems.push(res.body.id as string);
  }
  const types = (await chef.get('/api/v1/document-types')).body.items as { id: string; key: string }[];
  const doc = await chef.post('/api/v1/documents', {
    title: 'IT-strategi',
    typeId: types.find((t) => t.key === 'strategi')!.id,
    ownerId: sara,
    items: [{ kind: 'goal', number: '1', title: 'Digitalt först' }],
  });
  expect(doc.status).toBe(201);
  const kpi = await chef.post('/api/v1/kpis', {
    goalId: doc.body.items[0].id,
    name: 'Andel e-tjänster',
    definition: 'Andel ärenden som kommer in digitalt under året, i procent.',
    unit: 'percent',
    direction: 'higher',
    baselineValue: 40,
    baselineDate: `${year - 1}-12-31`,
    targets: [{ value: 75, targetDate: `${year + 2}-12-31` }],
    ownerId: sara,
  });
  expect(kpi.status, JSON.stringify(kpi.body)).toBe(201);
  const project = await chef.post('/api/v1/projects', {
    name: 'E-arkiv',
    purpose: 'Bevara handlingar digitalt.',
    ownerId: sara,
    sponsorId: sara,
    investments: [{ year, amount: 100_000 }],
    realisation: [
      { title: 'Mät sökt tid', dueDate: `${year + 1}-06-30`, responsibleId: sara },
      { title: 'Första mätningen', dueDate: `${year}-01-31`, responsibleId: sara, doneOn: `${year}-01-30` },
    ],
  });
  expect(project.status).toBe(201);
  return { systems, documentId: doc.body.id as string, kpiId: kpi.body.id as string, projectId: project.body.id as string };
}

async function responsibilities(client: ApiClient, personId: string) {
  return client.get(`/api/v1/people/${personId}/responsibilities`);
}

describe('hand-over when someone leaves', () => {
  it('lists everything the person answers for, grouped by kind, with names and links', async () => {
    const m = await createTestMunicipality(server);
    const made = await saraResponsibleForEverything(m);
    const res = await responsibilities(await m.as('admin'), m.people.systemagare.personId);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(`"${res.body.person.rowVersion}"`);
    expect(res.body.person).toMatchObject({ name: 'Sara Systemägare', active: true });
    const byKind = Object.fromEntries(res.body.groups.map((g: { kind: string; count: number; items: { name: string }[] }) => [g.kind, g]));
    expect(Object.keys(byKind)).toEqual(['system_owner', 'system_manager', 'document_owner', 'kpi_owner', 'project_owner', 'project_sponsor', 'benefit_follow_up']);
    expect(byKind.system_owner.items.map((i: { name: string }) => i.name)).toEqual(['Bokningssystem', 'Ärendesystem']);
    expect(byKind.system_manager.items).toEqual([{ id: made.systems[2], name: 'Ekonomisystem', link: `/system/${made.systems[2]}` }]);
    expect(byKind.document_owner.items[0]).toMatchObject({ id: made.documentId, link: `/styrdokument/${made.documentId}` });
    expect(byKind.kpi_owner.items[0]).toMatchObject({ id: made.kpiId, link: `/nyckeltal/${made.kpiId}` });
    expect(byKind.benefit_follow_up).toMatchObject({ count: 1, items: [{ id: made.projectId, name: 'E-arkiv: Mät sökt tid' }] });
    expect(res.body.total).toBe(8);
    // Nobody else's: another person lists nothing.
    expect((await responsibilities(await m.as('admin'), m.people.lasare.personId)).body).toMatchObject({ groups: [], total: 0 });
  });

  it('hands everything over in one step, audited per record, deactivates the person and ends their sessions', async () => {
    const m = await createTestMunicipality(server);
    const made = await saraResponsibleForEverything(m);
    const admin = await m.as('admin');
    const saraClient = await m.as('systemagare');
    const sara = m.people.systemagare.personId;
    const filip = m.people.forvaltningsledare.personId;
    const before = await responsibilities(admin, sara);
    const missing = await admin.post(`/api/v1/people/${sara}/handover`, { assignments: [{ kind: 'all', toPersonId: filip }], deactivate: true });
    expect(missing.status).toBe(428);
    const res = await admin.post(
      `/api/v1/people/${sara}/handover`,
      { assignments: [{ kind: 'all', toPersonId: filip }], deactivate: true },
      { 'if-match': `"${before.body.person.rowVersion}"` },
    );
    expect(res.status).toBe(200);
    expect(res.body.active).toBe(false);
    expect(res.body.handedOver).toHaveLength(7);
    expect(res.body.handedOver.find((h: { kind: string }) => h.kind === 'system_owner')).toEqual({ kind: 'system_owner', count: 2, toPersonId: filip });

    const after = await responsibilities(admin, sara);
    expect(after.body).toMatchObject({ person: { active: false }, groups: [], total: 0 });
    expect((await responsibilities(admin, filip)).body.total).toBe(8);
    // Filip finds what he took over in his notifications (and so in his digest mail).
    const told = (await (await m.as('forvaltningsledare')).get('/api/v1/notifications')).body.items;
    expect(told).toMatchObject([{ topic: 'handover', text: `${res.body.handedOver.reduce((n: number, h: { count: number }) => n + h.count, 0)} poster har lämnats över till dig från Sara Systemägare.` }]);
    expect((await admin.get(`/api/v1/applications/${made.systems[0]}`)).body).toMatchObject({ ownerId: filip, ownerName: 'Filip Förvaltningsledare' });
    expect((await admin.get(`/api/v1/applications/${made.systems[2]}`)).body.managerId).toBe(filip);
    expect((await admin.get(`/api/v1/documents/${made.documentId}`)).body.ownerId).toBe(filip);
    const project = (await admin.get(`/api/v1/projects/${made.projectId}`)).body;
    expect(project).toMatchObject({ ownerId: filip, sponsorId: filip });
    // The done follow-up keeps who did it.
    expect(project.realisation.map((f: { responsibleId: string }) => f.responsibleId)).toEqual([filip, sara]);

    // The old cookie no longer works, nor can she sign in.
    expect((await saraClient.get('/api/v1/session')).status).toBe(401);
    expect((await new ApiClient(server.url).post('/api/v1/session', { email: m.people.systemagare.email, password: PASSWORD })).status).toBe(401);

    const events = await server.database.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, m.id), eq(auditEvents.action, 'handover')));
    const counts = events.reduce<Record<string, number>>((acc, e) => ({ ...acc, [e.entityType]: (acc[e.entityType] ?? 0) + 1 }), {});
    // Three systems, the document, the KPI, the project twice (owner, sponsor) and once for its
    // follow-up, and the person's own event naming what went where.
    expect(counts).toEqual({ application: 3, document: 1, kpi: 1, project: 3, person: 1 });
    expect(events.every((e) => e.actorPersonId === m.people.admin.personId)).toBe(true);
    const system = events.find((e) => e.entityId === made.systems[0])!;
    expect([system.before, system.after]).toEqual([{ ownerId: sara }, { ownerId: filip }]);
    const archive = await server.database.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, m.id), eq(auditEvents.entityId, sara), eq(auditEvents.action, 'archive')));
    expect(archive).toHaveLength(1);
    // The system's history names the hand-over.
    const history = (await admin.get(`/api/v1/applications/${made.systems[0]}/history`)).body.items;
    expect(history[0]).toMatchObject({ action: 'handover', changes: [{ field: 'ownerId', before: 'Sara Systemägare', after: 'Filip Förvaltningsledare' }] });
  });

  it('hands over one group to one person and another to someone else, keeping the rest and the person active', async () => {
    const m = await createTestMunicipality(server);
    const made = await saraResponsibleForEverything(m);
    const admin = await m.as('admin');
    const sara = m.people.systemagare.personId;
    const filip = m.people.forvaltningsledare.personId;
    const ivar = m.people.it_chef.personId;
    const before = await responsibilities(admin, sara);
    const res = await admin.post(
      `/api/v1/people/${sara}/handover`,
      { assignments: [{ kind: 'system_owner', toPersonId: filip }, { kind: 'document_owner', toPersonId: ivar }] },
      { 'if-match': `"${before.body.person.rowVersion}"` },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ active: true, rowVersion: before.body.person.rowVersion + 1 });
    const left = (await responsibilities(admin, sara)).body.groups.map((g: { kind: string }) => g.kind);
    expect(left).toEqual(['system_manager', 'kpi_owner', 'project_owner', 'project_sponsor', 'benefit_follow_up']);
    expect((await admin.get(`/api/v1/documents/${made.documentId}`)).body.ownerId).toBe(ivar);
    expect((await (await m.as('systemagare')).get('/api/v1/session')).status).toBe(200);
    // The view opened before the hand-over is stale now.
    const stale = await admin.post(`/api/v1/people/${sara}/handover`, { assignments: [{ kind: 'kpi_owner', toPersonId: filip }] }, { 'if-match': `"${before.body.person.rowVersion}"` });
    expect(stale.status).toBe(412);
  });

  it('deactivates a person before a successor is named; what remains is the deviation owner_inactive until handed over', async () => {
    const m = await createTestMunicipality(server);
    const made = await saraResponsibleForEverything(m);
    const admin = await m.as('admin');
    const sara = m.people.systemagare.personId;
    const filip = m.people.forvaltningsledare.personId;
    const saraClient = await m.as('systemagare');
    const version = (await responsibilities(admin, sara)).body.person.rowVersion;
    expect((await admin.get('/api/v1/applications/summary')).body.flags.owner_inactive).toBe(0);
    const res = await admin.post(`/api/v1/people/${sara}/handover`, { assignments: [{ kind: 'kpi_owner', toPersonId: filip }], deactivate: true }, { 'if-match': `"${version}"` });
    expect(res.status).toBe(200);
    expect(res.body.active).toBe(false);
    expect((await saraClient.get('/api/v1/session')).status).toBe(401);
    // Two systems she owned and the one she managed show the deviation, in the record, the list, its filter and the summary.
    expect((await admin.get(`/api/v1/applications/${made.systems[2]}`)).body.flags).toContain('owner_inactive');
    expect((await admin.get('/api/v1/applications/summary')).body.flags.owner_inactive).toBe(3);
    const listed = (await admin.get('/api/v1/applications?flag=owner_inactive')).body;
    expect(listed.items.map((i: { name: string }) => i.name)).toEqual(['Bokningssystem', 'Ekonomisystem', 'Ärendesystem']);
    expect(listed.items.every((i: { flags: string[] }) => i.flags.includes('owner_inactive'))).toBe(true);
    const left = await responsibilities(admin, sara);
    expect(left.body).toMatchObject({ person: { active: false }, total: 7 });
    expect((await admin.get('/api/v1/people/inactive-responsible')).body.items).toEqual([{ id: sara, name: 'Sara Systemägare', total: 7 }]);
    const neighbour = await (await createTestMunicipality(server, 'Grannkommun')).as('admin');
    expect((await neighbour.get('/api/v1/people/inactive-responsible')).body.items).toEqual([]);
    // Handing over from the inactive person clears it; she cannot be deactivated twice.
    const again = await admin.post(`/api/v1/people/${sara}/handover`, { assignments: [{ kind: 'all', toPersonId: filip }], deactivate: true }, { 'if-match': `"${left.body.person.rowVersion}"` });
    expect(again.status).toBe(409);
    const cleared = await admin.post(`/api/v1/people/${sara}/handover`, { assignments: [{ kind: 'all', toPersonId: filip }] }, { 'if-match': `"${left.body.person.rowVersion}"` });
    expect(cleared.status).toBe(200);
    expect((await admin.get('/api/v1/applications?flag=owner_inactive')).body.items).toEqual([]);
    expect((await admin.get('/api/v1/applications/summary')).body.flags.owner_inactive).toBe(0);
    expect((await admin.get('/api/v1/people/inactive-responsible')).body.items).toEqual([]);
    // With nothing to hand over and no deactivation there is nothing to do.
    const none = await admin.post(`/api/v1/people/${filip}/handover`, { assignments: [] }, { 'if-match': '"1"' });
    expect(none.body.errors).toEqual([{ field: 'assignments', message: 'Minst ett värde behövs.' }]);
  });

  it('refuses an inactive taker, one of another municipality, the person themself, a kind with nothing, a non-admin; all-or-nothing', async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server, 'Grannkommun');
    const made = await saraResponsibleForEverything(m);
    const admin = await m.as('admin');
    const sara = m.people.systemagare.personId;
    const filip = m.people.forvaltningsledare.personId;
    const kd = (await admin.get('/api/v1/people')).body.items.find((p: { id: string }) => p.id === m.people.kommundirektor.personId);
    expect((await admin.delete(`/api/v1/people/${kd.id}`, { 'if-match': `"${kd.rowVersion}"` })).status).toBe(204);
    const version = (await responsibilities(admin, sara)).body.person.rowVersion;
    const post = (assignments: unknown, client: ApiClient = admin) => client.post(`/api/v1/people/${sara}/handover`, { assignments }, { 'if-match': `"${version}"` });

    const inactive = await post([{ kind: 'system_owner', toPersonId: filip }, { kind: 'kpi_owner', toPersonId: kd.id }]);
    expect(inactive.status).toBe(400);
    expect(inactive.body.errors).toEqual([{ field: 'assignments.1.toPersonId', message: 'Personen är inaktiverad och kan inte ta över ansvar: välj en aktiv person.' }]);
    const foreign = await post([{ kind: 'system_owner', toPersonId: other.people.admin.personId }]);
    expect(foreign.body.errors).toEqual([{ field: 'assignments.0.toPersonId', message: 'Finns inte i kommunen.' }]);
    expect((await post([{ kind: 'system_owner', toPersonId: sara }])).body.errors[0].field).toBe('assignments.0.toPersonId');
    const nothing = await post([{ kind: 'system_manager', toPersonId: filip }, { kind: 'kpi_owner', toPersonId: filip }, { kind: 'kpi_owner', toPersonId: filip }]);
    expect(nothing.body.errors).toEqual([{ field: 'assignments.2.kind', message: 'Värdet förekommer flera gånger.' }]);
    const lasse = await post([{ kind: 'all', toPersonId: filip }], await m.as('it_chef'));
    expect(lasse.status).toBe(403);
    // Nothing moved.
    expect((await admin.get(`/api/v1/applications/${made.systems[0]}`)).body.ownerId).toBe(sara);
    expect((await responsibilities(admin, sara)).body).toMatchObject({ total: 8, person: { rowVersion: version } });

    // Lars has nothing: any kind is refused for him.
    const lars = await responsibilities(admin, m.people.lasare.personId);
    const empty = await admin.post(`/api/v1/people/${m.people.lasare.personId}/handover`, { assignments: [{ kind: 'system_owner', toPersonId: filip }] }, { 'if-match': `"${lars.body.person.rowVersion}"` });
    expect(empty.body.errors).toEqual([{ field: 'assignments.0.kind', message: 'Personen ansvarar inte för något av det slaget.' }]);

    // Another municipality's admin sees neither the person nor their responsibilities, and cannot hand them over.
    const neighbour = await other.as('admin');
    expect((await responsibilities(neighbour, sara)).status).toBe(404);
    expect((await neighbour.post(`/api/v1/people/${sara}/handover`, { assignments: [{ kind: 'all', toPersonId: other.people.it_chef.personId }] }, { 'if-match': `"${version}"` })).status).toBe(404);
    expect((await admin.get(`/api/v1/applications/${made.systems[0]}`)).body.ownerId).toBe(sara);
  });
});
