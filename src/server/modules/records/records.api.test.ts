import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../testing/client.js';
import { createTestMunicipality, type Municipality, systemInput } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const v = (n: number) => ({ 'if-match': `"${n}"` });
type Change = { field: string; before: unknown; after: unknown; settable: boolean };
type Event = { id: string; action: string; actorName: string | null; changes: Change[] };

async function typeId(client: ApiClient, key: string) {
  const types = (await client.get('/api/v1/document-types')).body.items as { id: string; key: string }[];
  return types.find((t) => t.key === key)!.id;
}

async function makeDocument(m: Municipality, title = 'IT-strategi 2025–2028') {
  const chef = await m.as('it_chef');
  const res = await chef.post('/api/v1/documents', {
    title,
    typeId: await typeId(chef, 'strategi'),
    ownerId: m.people.it_chef.personId,
    items: [{ kind: 'focus_area', number: '1', title: 'E-service', children: [{ kind: 'goal', number: '1.1', title: 'Synpunkter hanteras digitalt' }] }],
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; rowVersion: number; items: { children: { id: string }[] }[] };
}

async function history(client: ApiClient, type: string, id: string) {
  const res = await client.get(`/api/v1/records/${type}/${id}/history`);
  expect(res.status).toBe(200);
  return res.body as { items: Event[]; rowVersion: number; archived: boolean; allowedSetBack: boolean };
}

const change = (events: Event[], field: string) => {
  const event = events.find((e) => e.changes.some((c) => c.field === field))!;
  return { event, change: event.changes.find((c) => c.field === field)! };
};

describe('history of every record', () => {
  it('lists a document’s changes with before and after, people by name, newest first', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const doc = await makeDocument(m);
    const current = (await chef.get(`/api/v1/documents/${doc.id}`)).body;
    const put = await chef.put(`/api/v1/documents/${doc.id}`, { ...current, title: 'IT-strategi 2026–2029', ownerId: m.people.forvaltningschef.personId }, v(current.rowVersion));
    expect(put.status).toBe(200);

    const h = await history(await m.as('lasare'), 'document', doc.id);
    expect(h.items.map((e) => e.action)).toEqual(['update', 'create']);
    expect(h.items[0]!.actorName).toBe('Ivar IT-chef');
    expect(h.items[0]!.changes).toEqual(
      expect.arrayContaining([
        { field: 'title', before: 'IT-strategi 2025–2028', after: 'IT-strategi 2026–2029', settable: false },
        { field: 'ownerId', before: 'Ivar IT-chef', after: 'Frida Förvaltningschef', settable: false },
      ]),
    );
    // A reader reads the history but may not set anything back.
    expect(h.allowedSetBack).toBe(false);
    const own = await history(chef, 'document', doc.id);
    expect(own.allowedSetBack).toBe(true);
    expect(change(own.items, 'title').change.settable).toBe(true);
    expect(own.rowVersion).toBe(put.body.rowVersion);
  });

  it('refuses a kind the person may not read (403), another municipality’s id and unknown kinds', async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server, 'Annan kommun');
    const doc = await makeDocument(m);
    expect((await (await m.as('samverkanspartner')).get(`/api/v1/records/document/${doc.id}/history`)).status).toBe(403);
    expect((await (await other.as('admin')).get(`/api/v1/records/document/${doc.id}/history`)).status).toBe(404);
    const admin = await m.as('admin');
    expect((await admin.get(`/api/v1/records/documents/${doc.id}/history`)).status).toBe(400);
    expect((await admin.get(`/api/v1/records/document/not-a-uuid/history`)).status).toBe(400);
    expect((await admin.get(`/api/v1/records/${'x'.repeat(80)}/${doc.id}/history`)).status).toBe(400);
    // A record of another kind under this id does not exist.
    expect((await admin.get(`/api/v1/records/project/${doc.id}/history`)).status).toBe(404);
  });
});

describe('setting a field back', () => {
  it('sets a document’s title back as a new audited change, under If-Match', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const doc = await makeDocument(m);
    const current = (await chef.get(`/api/v1/documents/${doc.id}`)).body;
    await chef.put(`/api/v1/documents/${doc.id}`, { ...current, title: 'Fel titel', body: 'Ny text' }, v(current.rowVersion));
    const h = await history(chef, 'document', doc.id);
    const { event } = change(h.items, 'title');
    const url = `/api/v1/records/document/${doc.id}/set-back`;

    expect((await chef.post(url, { eventId: event.id, field: 'title' })).status).toBe(428);
    const stale = await chef.post(url, { eventId: event.id, field: 'title' }, v(h.rowVersion - 1));
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('precondition_failed');

    const res = await chef.post(url, { eventId: event.id, field: 'title' }, v(h.rowVersion));
    expect(res.status).toBe(200);
    expect(res.body.rowVersion).toBe(h.rowVersion + 1);
    expect(res.headers.get('etag')).toBe(`"${h.rowVersion + 1}"`);
    const after = (await chef.get(`/api/v1/documents/${doc.id}`)).body;
    expect(after).toMatchObject({ title: 'IT-strategi 2025–2028', body: 'Ny text' });
    // Kept items keep their ids (what links to them survives).
    expect(after.items[0].children[0].id).toBe(doc.items[0]!.children[0]!.id);
    const again = await history(chef, 'document', doc.id);
    expect(again.items[0]!.action).toBe('update');
    expect(again.items[0]!.changes).toEqual([{ field: 'title', before: 'Fel titel', after: 'IT-strategi 2025–2028', settable: true }]);
  });

  it('answers 400 naming the field when the document’s rules refuse the earlier value, and for what cannot be set back', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const chef = await m.as('it_chef');
    const person = (await admin.post('/api/v1/people', { name: 'Olle Ägare' })).body;
    const doc = await makeDocument(m);
    let current = (await chef.get(`/api/v1/documents/${doc.id}`)).body;
    current = (await chef.put(`/api/v1/documents/${doc.id}`, { ...current, ownerId: person.id }, v(current.rowVersion))).body;
    current = (await chef.put(`/api/v1/documents/${doc.id}`, { ...current, ownerId: m.people.it_chef.personId }, v(current.rowVersion))).body;
    // The earlier owner has left: the document's rule refuses an owner who is not a live person.
    expect((await admin.delete(`/api/v1/people/${person.id}`, v(person.rowVersion))).status).toBe(204);
    const h = await history(chef, 'document', doc.id);
    const toOlle = h.items.find((e) => e.changes.some((c) => c.field === 'ownerId' && c.before === 'Olle Ägare'))!;
    const url = `/api/v1/records/document/${doc.id}/set-back`;
    const refused = await chef.post(url, { eventId: toOlle.id, field: 'ownerId' }, v(h.rowVersion));
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ field: 'ownerId', message: 'Finns inte i kommunen.' }]);

    const created = h.items.at(-1)!;
    expect((await chef.post(url, { eventId: created.id, field: 'title' }, v(h.rowVersion))).body.errors[0].field).toBe('field');
    expect((await chef.post(url, { eventId: toOlle.id, field: 'items' }, v(h.rowVersion))).status).toBe(400);
    expect((await chef.post(url, { eventId: toOlle.id, field: 'rowVersion' }, v(h.rowVersion))).status).toBe(400);
    const unknown = await chef.post(url, { eventId: '00000000-0000-4000-8000-000000000000', field: 'ownerId' }, v(h.rowVersion));
    expect(unknown.body.errors).toEqual([{ field: 'eventId', message: 'Ändringen finns inte i postens historik.' }]);
    expect((await chef.post(url, { eventId: toOlle.id, field: 'x\u0000' }, v(h.rowVersion))).status).toBe(400);
    expect((await chef.post(url, { eventId: toOlle.id, field: 'x'.repeat(101) }, v(h.rowVersion))).status).toBe(400);
    expect((await chef.post(url, { eventId: 42, field: ['ownerId'] }, v(h.rowVersion))).status).toBe(400);
    // Nothing was written by any of the refusals.
    expect((await history(chef, 'document', doc.id)).rowVersion).toBe(h.rowVersion);
  });

  it('needs the right to change the record (403) and stays inside the municipality (404)', async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server, 'Annan kommun');
    const chef = await m.as('it_chef');
    const doc = await makeDocument(m);
    const current = (await chef.get(`/api/v1/documents/${doc.id}`)).body;
    await chef.put(`/api/v1/documents/${doc.id}`, { ...current, title: 'Ändrad' }, v(current.rowVersion));
    const h = await history(chef, 'document', doc.id);
    const body = { eventId: h.items[0]!.id, field: 'title' };
    expect((await (await m.as('lasare')).post(`/api/v1/records/document/${doc.id}/set-back`, body, v(h.rowVersion))).status).toBe(403);
    expect((await (await other.as('admin')).post(`/api/v1/records/document/${doc.id}/set-back`, body, v(h.rowVersion))).status).toBe(404);
  });

  it('sets back a field of a KPI, a project, an agreement and a system through their own updates', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const doc = await makeDocument(m);
    const goalId = doc.items[0]!.children[0]!.id;
    const kpi = (await chef.post('/api/v1/kpis', { goalId, name: 'Andel digitalt', definition: 'Andel synpunkter via e-tjänst.', unit: 'percent', direction: 'higher', targets: [{ value: 75, targetDate: '2030-12-31' }] })).body;
    const project = (await chef.post('/api/v1/projects', { name: 'E-arkiv' })).body;
    const agreement = (await chef.post('/api/v1/agreements', { name: 'Ramavtal IT-konsulter', kind: 'framework', noticeMonths: 3 })).body;
    const system = (await chef.post('/api/v1/applications', systemInput({ name: 'Procapita' }))).body;

    const cases: { type: string; path: string; field: string; from: unknown; to: unknown; rec: { id: string } }[] = [
      { type: 'kpi', path: '/api/v1/kpis', field: 'name', from: 'Andel digitalt', to: 'Fel namn', rec: kpi },
      { type: 'project', path: '/api/v1/projects', field: 'name', from: 'E-arkiv', to: 'Fel namn', rec: project },
      { type: 'agreement', path: '/api/v1/agreements', field: 'noticeMonths', from: 3, to: 6, rec: agreement },
      { type: 'application', path: '/api/v1/applications', field: 'yearlyCost', from: 100_000, to: 250_000, rec: system },
    ];
    for (const c of cases) {
      const got = await chef.get(`${c.path}/${c.rec.id}`);
      const etag = got.headers.get('etag')!;
      const changed = await chef.put(`${c.path}/${c.rec.id}`, { ...got.body, [c.field]: c.to, supplier: got.body.supplier ?? null }, { 'if-match': etag });
      expect(changed.status, c.type).toBe(200);
      const h = await history(chef, c.type, c.rec.id);
      const { event, change: ch } = change(h.items, c.field);
      expect(ch, c.type).toMatchObject({ before: c.from, after: c.to, settable: true });
      const res = await chef.post(`/api/v1/records/${c.type}/${c.rec.id}/set-back`, { eventId: event.id, field: c.field }, v(h.rowVersion));
      expect(res.status, c.type).toBe(200);
      expect((await chef.get(`${c.path}/${c.rec.id}`)).body[c.field], c.type).toEqual(c.from);
    }
  });
  it('offers a system owner the set-back of their own systems only', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const owner = await m.as('systemagare');
    const own = (await chef.post('/api/v1/applications', systemInput({ name: 'Egen', ownerId: m.people.systemagare.personId }))).body;
    const other = (await chef.post('/api/v1/applications', systemInput({ name: 'Annans' }))).body;
    for (const s of [own, other]) {
      const got = await chef.get(`/api/v1/applications/${s.id}`);
      expect((await chef.put(`/api/v1/applications/${s.id}`, { ...got.body, yearlyCost: 5, supplier: got.body.supplier ?? null }, { 'if-match': got.headers.get('etag')! })).status).toBe(200);
    }
    const mine = await history(owner, 'application', own.id);
    expect(mine.allowedSetBack).toBe(true);
    const res = await owner.post(`/api/v1/records/application/${own.id}/set-back`, { eventId: change(mine.items, 'yearlyCost').event.id, field: 'yearlyCost' }, v(mine.rowVersion));
    expect(res.status).toBe(200);
    const theirs = await history(owner, 'application', other.id);
    expect(theirs.allowedSetBack).toBe(false);
    expect(change(theirs.items, 'yearlyCost').change.settable).toBe(false);
    const refused = await owner.post(`/api/v1/records/application/${other.id}/set-back`, { eventId: change(theirs.items, 'yearlyCost').event.id, field: 'yearlyCost' }, v(theirs.rowVersion));
    expect(refused.status).toBe(403);
  });

  it('sets back a person’s and a department’s name, and refuses a project’s earlier date its rules no longer allow', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const chef = await m.as('it_chef');
    const person = (await admin.post('/api/v1/people', { name: 'Kim Karlsson' })).body;
    await admin.put(`/api/v1/people/${person.id}`, { name: 'Kim Felstavad', email: null }, v(person.rowVersion));
    let h = await history(admin, 'person', person.id);
    let res = await admin.post(`/api/v1/records/person/${person.id}/set-back`, { eventId: change(h.items, 'name').event.id, field: 'name' }, v(h.rowVersion));
    expect(res.status).toBe(200);
    expect(((await admin.get('/api/v1/people')).body.items as { id: string; name: string }[]).find((p) => p.id === person.id)!.name).toBe('Kim Karlsson');

    const departments = (await admin.get('/api/v1/departments')).body.items as { id: string; name: string; rowVersion: number }[];
    const soc = departments.find((d) => d.id === m.departments.a)!;
    await admin.put(`/api/v1/departments/${soc.id}`, { name: 'Socialtjänsten', code: 'SOC' }, v(soc.rowVersion));
    h = await history(admin, 'department', soc.id);
    res = await admin.post(`/api/v1/records/department/${soc.id}/set-back`, { eventId: change(h.items, 'name').event.id, field: 'name' }, v(h.rowVersion));
    expect(res.status).toBe(200);
    expect(((await admin.get('/api/v1/departments')).body.items as { id: string; name: string }[]).find((d) => d.id === soc.id)!.name).toBe('Socialförvaltningen');
    // A reader of the organisation may not set it back.
    expect((await chef.post(`/api/v1/records/department/${soc.id}/set-back`, { eventId: h.items[0]!.id, field: 'name' }, v(h.rowVersion + 1))).status).toBe(403);

    // The project ended 2026-06-30; it now starts 2026-09-01, so the old end is before the start.
    let project = (await chef.post('/api/v1/projects', { name: 'Datumprov', startDate: '2026-01-01', endDate: '2026-06-30' })).body;
    project = (await chef.put(`/api/v1/projects/${project.id}`, { ...project, endDate: '2026-12-31' }, v(project.rowVersion))).body;
    project = (await chef.put(`/api/v1/projects/${project.id}`, { ...project, startDate: '2026-09-01' }, v(project.rowVersion))).body;
    h = await history(chef, 'project', project.id);
    const endChange = h.items.find((e) => e.changes.some((c) => c.field === 'endDate'))!;
    res = await chef.post(`/api/v1/records/project/${project.id}/set-back`, { eventId: endChange.id, field: 'endDate' }, v(h.rowVersion));
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['endDate']);
    expect((await history(chef, 'project', project.id)).rowVersion).toBe(h.rowVersion);
  });
});

describe('archive and restore', () => {
  /** Every register: how to make one record, and the list it leaves while archived. */
  async function registers(m: Municipality) {
    const chef = await m.as('it_chef');
    const admin = await m.as('admin');
    const doc = await makeDocument(m, 'Riktlinje för e-post');
    const goalId = doc.items[0]!.children[0]!.id;
    const kpi = (await chef.post('/api/v1/kpis', { goalId, name: 'Andel e-tjänster', definition: 'Andel ärenden via e-tjänst.', unit: 'percent', direction: 'higher', targets: [{ value: 75, targetDate: '2030-12-31' }] })).body;
    const project = (await chef.post('/api/v1/projects', { name: 'Nytt intranät' })).body;
    const agreement = (await chef.post('/api/v1/agreements', { name: 'Avtal e-arkiv', kind: 'contract' })).body;
    const meeting = (await chef.post('/api/v1/council/meetings', { meetingDate: '2026-04-01', location: 'Stadshuset' })).body;
    const otherMeeting = (await chef.post('/api/v1/council/meetings', { meetingDate: '2026-04-15' })).body;
    const matter = (await chef.post(`/api/v1/council/meetings/${otherMeeting.id}/items`, { title: 'Övrigt', subjectKind: 'other' })).body.items[0];
    const person = (await admin.post('/api/v1/people', { name: 'Greta Gått-vidare' })).body;
    const department = (await admin.post('/api/v1/departments', { name: 'Kulturförvaltningen' })).body;
    const system = (await chef.post('/api/v1/applications', systemInput({ name: 'Gammalt ekonomisystem' }))).body;
    const measured = (await chef.post(`/api/v1/kpis/${kpi.id}/measurements`, { periodEnd: '2025-12-31', value: 42 })).body;
    const capability = ((await chef.get('/api/v1/capabilities')).body.items as { id: string }[])[0]!.id;
    const acquisition = (
      await chef.post('/api/v1/acquisitions', { title: 'Nytt bokningssystem', needText: 'Lokalbokning på webben.', capabilityIds: [capability], departmentId: m.departments.a, estimatedValue: 100_000 })
    ).body;
    const ids = (items: { id: string }[]) => items.map((i) => i.id);
    return [
      { type: 'document', id: doc.id, name: 'Riktlinje för e-post', list: async () => ids((await chef.get('/api/v1/documents')).body.items) },
      { type: 'kpi', id: kpi.id, name: 'Andel e-tjänster', list: async () => ids((await chef.get('/api/v1/kpis')).body.items) },
      { type: 'project', id: project.id, name: 'Nytt intranät', list: async () => ids((await chef.get('/api/v1/projects')).body.items) },
      { type: 'agreement', id: agreement.id, name: 'Avtal e-arkiv', list: async () => ids((await chef.get('/api/v1/agreements')).body.items) },
      { type: 'council_meeting', id: meeting.id, name: 'IT-rådet 2026-04-01', list: async () => ids((await chef.get('/api/v1/council/meetings')).body.items.map((i: { meeting?: { id: string }; id?: string }) => i.meeting ?? i)) },
      { type: 'council_item', id: matter.id, name: '§1 Övrigt (2026-04-15)', list: async () => ids((await chef.get(`/api/v1/council/meetings/${otherMeeting.id}`)).body.items) },
      { type: 'person', id: person.id, name: 'Greta Gått-vidare', list: async () => ids((await chef.get('/api/v1/people')).body.items) },
      { type: 'department', id: department.id, name: 'Kulturförvaltningen', list: async () => ids((await chef.get('/api/v1/departments')).body.items) },
      { type: 'application', id: system.id, name: 'Gammalt ekonomisystem', list: async () => ids((await chef.get('/api/v1/applications')).body.items) },
      { type: 'kpi_measurement', id: measured.measurements[0].id, name: 'Andel e-tjänster 2025-12-31', list: async () => ids((await chef.get(`/api/v1/kpis/${kpi.id}`)).body.measurements) },
      { type: 'acquisition', id: acquisition.id, name: 'Nytt bokningssystem', list: async () => ids((await chef.get('/api/v1/acquisitions')).body.items) },
    ];
  }

  it('archives each register, shows it in the archive view, and restores it with its history', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    for (const r of await registers(m)) {
      expect(await r.list(), r.type).toContain(r.id);
      const before = await history(admin, r.type, r.id);
      const archived = await admin.delete(`/api/v1/records/${r.type}/${r.id}`, v(before.rowVersion));
      expect(archived.status, r.type).toBe(204);
      expect(await r.list(), r.type).not.toContain(r.id);

      const view = (await admin.get(`/api/v1/records/archived?type=${r.type}`)).body;
      expect(view.items, r.type).toEqual([{ type: r.type, id: r.id, name: r.name, archivedAt: expect.any(String), rowVersion: before.rowVersion + 1 }]);
      expect(view.total).toBe(1);
      // Archived, the record no longer exists for those who may not restore it.
      expect((await (await m.as('lasare')).get(`/api/v1/records/${r.type}/${r.id}/history`)).status, r.type).toBe(404);

      const restored = await admin.post(`/api/v1/records/${r.type}/${r.id}/restore`, {}, v(before.rowVersion + 1));
      expect(restored.status, r.type).toBe(200);
      expect(restored.body).toEqual({ type: r.type, id: r.id, rowVersion: before.rowVersion + 2 });
      expect(await r.list(), r.type).toContain(r.id);
      const after = await history(admin, r.type, r.id);
      expect(after.items.map((e) => e.action), r.type).toEqual(['restore', 'archive', ...before.items.map((e) => e.action)]);
      expect(after.items[1]!.changes).toEqual([{ field: 'archivedAt', before: null, after: expect.any(String), settable: false }]);
    }
    expect((await admin.get('/api/v1/records/archived')).body.total).toBe(0);
  });

  it('searches and filters the archive view, and pages it', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const chef = await m.as('it_chef');
    for (const name of ['Projekt Alfa', 'Projekt Beta', 'Projekt 100%_klart']) {
      const p = (await chef.post('/api/v1/projects', { name })).body;
      expect((await admin.delete(`/api/v1/records/project/${p.id}`, v(p.rowVersion))).status).toBe(204);
    }
    const doc = await makeDocument(m, 'Projektpolicy');
    await admin.delete(`/api/v1/records/document/${doc.id}`, v(doc.rowVersion));
    const names = async (query: string) => ((await admin.get(`/api/v1/records/archived${query}`)).body.items as { name: string }[]).map((i) => i.name).sort();
    expect(await names('?q=projekt')).toEqual(['Projekt 100%_klart', 'Projekt Alfa', 'Projekt Beta', 'Projektpolicy']);
    expect(await names('?q=projekt&type=document')).toEqual(['Projektpolicy']);
    expect(await names('?q=100%25_')).toEqual(['Projekt 100%_klart']);
    expect(await names('?q=%25')).toEqual(['Projekt 100%_klart']);
    const page = (await admin.get('/api/v1/records/archived?pageSize=3&page=2')).body;
    expect(page).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page.items).toHaveLength(1);
    expect((await admin.get('/api/v1/records/archived?type=nope')).status).toBe(400);
    expect((await admin.get(`/api/v1/records/archived?q=${'x'.repeat(201)}`)).status).toBe(400);
    expect((await admin.get('/api/v1/records/archived?page=0')).status).toBe(400);
  });

  it('lets only an admin archive and restore (403), keeps to the municipality (404), and needs If-Match', async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server, 'Annan kommun');
    const admin = await m.as('admin');
    const chef = await m.as('it_chef');
    const p = (await chef.post('/api/v1/projects', { name: 'Skyddat projekt' })).body;
    expect((await chef.delete(`/api/v1/records/project/${p.id}`, v(p.rowVersion))).status).toBe(403);
    expect((await (await other.as('admin')).delete(`/api/v1/records/project/${p.id}`, v(p.rowVersion))).status).toBe(404);
    expect((await admin.delete(`/api/v1/records/project/${p.id}`)).status).toBe(428);
    expect((await admin.delete(`/api/v1/records/project/${p.id}`, v(p.rowVersion + 5))).status).toBe(412);
    expect((await admin.delete(`/api/v1/records/project/${p.id}`, v(p.rowVersion))).status).toBe(204);
    // Twice is not found: it is archived already.
    expect((await admin.delete(`/api/v1/records/project/${p.id}`, v(p.rowVersion + 1))).status).toBe(404);
    expect((await chef.post(`/api/v1/records/project/${p.id}/restore`, {}, v(p.rowVersion + 1))).status).toBe(404);
    expect((await chef.get('/api/v1/records/archived')).status).toBe(403);
    expect((await (await other.as('admin')).post(`/api/v1/records/project/${p.id}/restore`, {}, v(p.rowVersion + 1))).status).toBe(404);
    expect((await (await other.as('admin')).get('/api/v1/records/archived')).body.total).toBe(0);
    expect((await admin.post(`/api/v1/records/project/${p.id}/restore`, {}, v(p.rowVersion))).status).toBe(412);
    expect((await admin.post(`/api/v1/records/project/${p.id}/restore`, {}, v(p.rowVersion + 1))).status).toBe(200);
    // A council matter is archived by an admin only, like its meeting.
    const meeting = (await chef.post('/api/v1/council/meetings', { meetingDate: '2026-05-01' })).body;
    const withItem = (await chef.post(`/api/v1/council/meetings/${meeting.id}/items`, { title: 'Övrigt', subjectKind: 'other' })).body;
    expect((await chef.delete(`/api/v1/records/council_item/${withItem.items[0].id}`, v(1))).status).toBe(403);
  });

  it('archives a council matter on its own: off the agenda and the decisions, its § number kept, back in place when restored', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const chef = await m.as('it_chef');
    const meeting = (await chef.post('/api/v1/council/meetings', { meetingDate: '2026-05-01' })).body;
    await chef.post(`/api/v1/council/meetings/${meeting.id}/items`, { title: 'Felregistrerat ärende', subjectKind: 'other' });
    const agenda = (await chef.post(`/api/v1/council/meetings/${meeting.id}/items`, { title: 'Övrigt', subjectKind: 'other' })).body;
    const [wrong, kept] = agenda.items as { id: string; number: number; rowVersion: number }[];
    const decided = await chef.put(`/api/v1/council/items/${wrong!.id}/decision`, { decision: 'approved', decisionText: 'Godkänt.', decidedOn: '2026-05-01' }, v(wrong!.rowVersion));
    expect(decided.status).toBe(200);
    const version = (await history(admin, 'council_item', wrong!.id)).rowVersion;

    expect((await admin.delete(`/api/v1/records/council_item/${wrong!.id}`, v(version))).status).toBe(204);
    const after = (await chef.get(`/api/v1/council/meetings/${meeting.id}`)).body;
    expect(after.items.map((i: { id: string }) => i.id)).toEqual([kept!.id]);
    const decisions = (await chef.get('/api/v1/council/decisions')).body.items as { id: string }[];
    expect(decisions.map((d) => d.id)).not.toContain(wrong!.id);
    // The next matter gets a new number: the archived § 1 keeps its own.
    const next = (await chef.post(`/api/v1/council/meetings/${meeting.id}/items`, { title: 'Nytt ärende', subjectKind: 'other' })).body;
    expect(next.items.map((i: { number: number }) => i.number)).toEqual([2, 3]);

    const view = (await admin.get('/api/v1/records/archived?type=council_item')).body;
    expect(view.items).toEqual([{ type: 'council_item', id: wrong!.id, name: '§1 Felregistrerat ärende (2026-05-01)', archivedAt: expect.any(String), rowVersion: version + 1 }]);
    expect((await admin.post(`/api/v1/records/council_item/${wrong!.id}/restore`, {}, v(version + 1))).status).toBe(200);
    const restored = (await chef.get(`/api/v1/council/meetings/${meeting.id}`)).body;
    expect(restored.items.map((i: { number: number }) => i.number)).toEqual([1, 2, 3]);
    expect((await history(admin, 'council_item', wrong!.id)).items.map((e) => e.action).slice(0, 2)).toEqual(['restore', 'archive']);
  });
});

describe('restoring a record whose unique value was taken since', () => {
  it('refuses a person whose e-mail a live person has now, naming the field in the user’s language, and changes nothing', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const gone = (await admin.post('/api/v1/people', { name: 'Greta Gått', email: 'greta@kommun.se' })).body;
    expect((await admin.delete(`/api/v1/records/person/${gone.id}`, v(gone.rowVersion))).status).toBe(204);
    const successor = await admin.post('/api/v1/people', { name: 'Greta Ny', email: 'Greta@kommun.se' });
    expect(successor.status).toBe(201);

    const refused = await admin.post(`/api/v1/records/person/${gone.id}/restore`, {}, v(gone.rowVersion + 1));
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.code).toBe('restore_value_taken');
    expect(refused.body.errors).toEqual([{ field: 'email', message: 'E-postadressen används redan av en annan person i kommunen.' }]);
    const english = await admin.post(`/api/v1/records/person/${gone.id}/restore`, {}, { ...v(gone.rowVersion + 1), 'accept-language': 'en' });
    expect(english.status).toBe(409);
    expect(english.body.errors).toEqual([{ field: 'email', message: 'The e-mail address is already used by another person in the municipality.' }]);
    // Still archived, at the same version, with no restore in its history.
    const h = await history(admin, 'person', gone.id);
    expect(h).toMatchObject({ archived: true, rowVersion: gone.rowVersion + 1 });
    expect(h.items.map((e) => e.action)).toEqual(['archive', 'create']);

    // Once the other person's e-mail changes, the restore goes through.
    await admin.put(`/api/v1/people/${successor.body.id}`, { name: 'Greta Ny', email: 'greta.ny@kommun.se' }, v(successor.body.rowVersion));
    expect((await admin.post(`/api/v1/records/person/${gone.id}/restore`, {}, v(gone.rowVersion + 1))).status).toBe(200);
  });

  it('refuses a department whose name a live department has now (case aside), and keeps department names unique', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const old = (await admin.post('/api/v1/departments', { name: 'Kulturförvaltningen' })).body;
    expect((await admin.post('/api/v1/departments', { name: ' kulturförvaltningen ' })).body.errors).toEqual([
      { field: 'name', message: 'Namnet används redan av en annan förvaltning i kommunen.' },
    ]);
    expect((await admin.delete(`/api/v1/records/department/${old.id}`, v(old.rowVersion))).status).toBe(204);
    const successor = await admin.post('/api/v1/departments', { name: 'KULTURFÖRVALTNINGEN' });
    expect(successor.status).toBe(201);

    const refused = await admin.post(`/api/v1/records/department/${old.id}/restore`, {}, { ...v(old.rowVersion + 1), 'accept-language': 'en' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ status: 409, code: 'restore_value_taken' });
    expect(refused.body.errors).toEqual([{ field: 'name', message: 'The name is already used by another department in the municipality.' }]);
    const sv = await admin.post(`/api/v1/records/department/${old.id}/restore`, {}, v(old.rowVersion + 1));
    expect(sv.body.errors).toEqual([{ field: 'name', message: 'Namnet används redan av en annan förvaltning i kommunen.' }]);
    expect((await history(admin, 'department', old.id))).toMatchObject({ archived: true, rowVersion: old.rowVersion + 1 });
    expect(((await admin.get('/api/v1/departments')).body.items as { id: string }[]).map((d) => d.id)).not.toContain(old.id);

    // Renaming a department onto another's name is refused the same way; a new name frees it.
    const other = (await admin.get('/api/v1/departments')).body.items.find((d: { id: string }) => d.id === m.departments.a);
    expect((await admin.put(`/api/v1/departments/${other.id}`, { name: 'Kulturförvaltningen', code: null }, v(other.rowVersion))).status).toBe(400);
    await admin.put(`/api/v1/departments/${successor.body.id}`, { name: 'Kultur- och fritidsförvaltningen', code: null }, v(successor.body.rowVersion));
    expect((await admin.post(`/api/v1/records/department/${old.id}/restore`, {}, v(old.rowVersion + 1))).status).toBe(200);
  });

  it('lets two systems or documents share a name: only e-mails and department names are unique', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const chef = await m.as('it_chef');
    const first = (await chef.post('/api/v1/applications', systemInput({ name: 'Procapita' }))).body;
    expect((await admin.delete(`/api/v1/records/application/${first.id}`, v(first.rowVersion))).status).toBe(204);
    expect((await chef.post('/api/v1/applications', systemInput({ name: 'Procapita' }))).status).toBe(201);
    expect((await admin.post(`/api/v1/records/application/${first.id}/restore`, {}, v(first.rowVersion + 1))).status).toBe(200);
    const doc = await makeDocument(m, 'Informationssäkerhetspolicy');
    expect((await admin.delete(`/api/v1/records/document/${doc.id}`, v(doc.rowVersion))).status).toBe(204);
    await makeDocument(m, 'Informationssäkerhetspolicy');
    expect((await admin.post(`/api/v1/records/document/${doc.id}/restore`, {}, v(doc.rowVersion + 1))).status).toBe(200);
  });
});

describe('hostile input to the records routes', () => {
  it('never answers 500, answers problem+json, and changes nothing', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const doc = await makeDocument(m);
    const failures: string[] = [];
    const types = ['document', 'DOCUMENT', 'x'.repeat(60), "document' or '1'='1", '%00', '__proto__'];
    const ids = [doc.id, 'not-a-uuid', '00000000-0000-0000-0000-000000000000', "1' or '1'='1", '%00'];
    const bodies = [undefined, '', '{', 'null', '[]', JSON.stringify({ eventId: doc.id, field: 'x'.repeat(100_000) }), JSON.stringify({ eventId: 'x', field: '\u0000' }), JSON.stringify({ __proto__: { admin: true } })];
    const check = async (method: string, path: string, body?: string, ifMatch = '"1"') => {
      const res = await admin.request(method, path, body, { 'if-match': ifMatch });
      const type = res.headers.get('content-type') ?? '';
      if (res.status >= 500 || res.status === 401) failures.push(`${method} ${path} → ${res.status}`);
      else if (res.status >= 400 && !type.includes('application/problem+json')) failures.push(`${method} ${path} → ${res.status} as ${type}`);
    };
    for (const type of types) {
      for (const id of ids) {
        const base = `/api/v1/records/${encodeURIComponent(type)}/${encodeURIComponent(id)}`;
        await check('GET', `${base}/history`);
        for (const body of bodies) await check('POST', `${base}/set-back`, body);
        for (const ifMatch of ['', '*', '"-1"', '"99999999999999999999"', 'W/"1"']) {
          await check('DELETE', base, undefined, ifMatch);
          await check('POST', `${base}/restore`, '{}', ifMatch);
        }
      }
    }
    for (const q of ['?page=-1', '?page=99999999999', '?pageSize=abc', '?q=%00', '?type=x&type=y', '?q=%25%25%5C', '?flag=%F0%9F%92%A9']) await check('GET', `/api/v1/records/archived${q}`);
    expect(failures).toEqual([]);
    // The document was neither archived nor changed by any of it.
    expect((await history(admin, 'document', doc.id)).items.map((e) => e.action)).toEqual(['create']);
  });
});
