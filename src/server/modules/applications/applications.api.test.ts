import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateInSweden } from '../../../shared/dates.js';
import { createTestMunicipality, type Municipality, systemInput } from '../../testing/fixtures.js';
import { queryRows } from '../../platform/db.js';
import { startTestServer, type TestServer } from '../../testing/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

/** A date some days from today in Sweden (the server's 'today'), not in UTC. */
const inDays = (days: number) => addDays(dateInSweden(new Date()), days);

async function capabilityIds(m: Municipality) {
  const res = await (await m.as('admin')).get('/api/v1/capabilities');
  return (res.body.items as { id: string; code: string; leaf: boolean }[]).filter((c) => c.leaf);
}

async function auditCount(m: Municipality) {
  // Raw SQL keeps the count independent of the code under test.
  const rows = await queryRows<{ n: number }>(server.database.db, sql`select count(*)::int as n from audit_events where organisation_id = ${m.id}`);
  return rows[0]!.n;
}

describe('the application register API', () => {
  it('creates a system, returns it with an ETag, and records who did it', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const [cap] = await capabilityIds(m);
    const created = await admin.post(
      '/api/v1/applications',
      systemInput({
        name: 'Treserva',
        vendor: 'CGI',
        versions: ['6.2', '6.3'],
        ownerId: m.people.systemagare.personId,
        departmentIds: [m.departments.a],
        capabilityIds: [cap!.id],
        personalData: true,
        classification: { k: 3, r: 3, t: 2 },
        contract: { endDate: '2027-12-31', noticeMonths: 6 },
        disruptionTests: [{ testedOn: '2026-03-01', result: 'passed', notes: 'Reservrutin fungerade' }],
      }),
    );
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.body).toMatchObject({
      name: 'Treserva',
      vendor: 'CGI',
      versions: ['6.2', '6.3'],
      ownerName: 'Sara Systemägare',
      contract: { endDate: '2027-12-31', noticeMonths: 6, noticeDate: '2027-06-30' },
      rowVersion: 1,
      allowed: { update: true, archive: true },
    });
    const fetched = await admin.get(`/api/v1/applications/${created.body.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body.disruptionTests).toEqual([{ testedOn: '2026-03-01', result: 'passed', notes: 'Reservrutin fungerade' }]);
    const history = await admin.get(`/api/v1/applications/${created.body.id}/history`);
    expect(history.body.items).toHaveLength(1);
    expect(history.body.items[0]).toMatchObject({ action: 'create', actorName: 'Ada Admin' });
    expect(history.body.items[0].changes).toContainEqual({ field: 'ownerId', before: null, after: 'Sara Systemägare' });
  });

  it('updates with If-Match, shows before and after in the history, and refuses a stale version', async () => {
    const m = await createTestMunicipality(server);
    const first = await m.as('it_chef');
    const second = await m.as('admin');
    const created = await first.post('/api/v1/applications', systemInput({ name: 'Public 360', yearlyCost: 500_000 }));
    const id = created.body.id;
    // Both people opened version 1.
    const save1 = await first.put(`/api/v1/applications/${id}`, systemInput({ name: 'Public 360°', yearlyCost: 550_000 }), { 'if-match': '"1"' });
    expect(save1.status).toBe(200);
    expect(save1.headers.get('etag')).toBe('"2"');
    const save2 = await second.put(`/api/v1/applications/${id}`, systemInput({ name: 'Public 360 (gammal)', yearlyCost: 1 }), { 'if-match': '"1"' });
    expect(save2.status).toBe(412);
    expect(save2.headers.get('content-type')).toContain('application/problem+json');
    expect(save2.body.code).toBe('precondition_failed');
    expect(save2.body.detail).toContain('Någon annan har sparat');
    const now = await first.get(`/api/v1/applications/${id}`);
    expect(now.body).toMatchObject({ name: 'Public 360°', yearlyCost: 550_000, rowVersion: 2 });
    const history = await first.get(`/api/v1/applications/${id}/history`);
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(history.body.items[0].actorName).toBe('Ivar IT-chef');
    expect(history.body.items[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'name', before: 'Public 360', after: 'Public 360°' },
        { field: 'yearlyCost', before: 500_000, after: 550_000 },
      ]),
    );
  });

  it('requires If-Match on PUT and DELETE (428) and treats a malformed one as stale (412)', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const { body } = await admin.post('/api/v1/applications', systemInput());
    expect((await admin.put(`/api/v1/applications/${body.id}`, systemInput())).status).toBe(428);
    expect((await admin.delete(`/api/v1/applications/${body.id}`)).status).toBe(428);
    expect((await admin.put(`/api/v1/applications/${body.id}`, systemInput(), { 'if-match': 'W/"1"' })).status).toBe(412);
    expect((await admin.put(`/api/v1/applications/${body.id}`, systemInput(), { 'if-match': '*' })).status).toBe(412);
  });

  it('lets only one of two simultaneous saves of the same version win', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const it_chef = await m.as('it_chef');
    const { body } = await admin.post('/api/v1/applications', systemInput({ name: 'Samtidig' }));
    const results = await Promise.all([
      admin.put(`/api/v1/applications/${body.id}`, systemInput({ name: 'Vinnare A' }), { 'if-match': '"1"' }),
      it_chef.put(`/api/v1/applications/${body.id}`, systemInput({ name: 'Vinnare B' }), { 'if-match': '"1"' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    const winner = results.find((r) => r.status === 200)!.body.name;
    expect((await admin.get(`/api/v1/applications/${body.id}`)).body).toMatchObject({ name: winner, rowVersion: 2 });
  });

  it('answers bad input with 400 naming each field, in the request language, and writes nothing', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const before = await auditCount(m);
    const bad = await admin.post('/api/v1/applications', {
      ...systemInput(),
      name: '   ',
      kind: 'mainframe',
      yearlyCost: -1,
      classification: { k: 5, r: null, t: null },
      contract: { endDate: '2026-02-30', noticeMonths: 1 },
      departmentIds: ['not-a-uuid'],
      versions: ['x'.repeat(61)],
      description: 'a\u0000b',
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const fields = bad.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['name', 'kind', 'yearlyCost', 'classification.k', 'contract.endDate', 'departmentIds.0', 'versions.0', 'description']),
    );
    expect(bad.body.errors.find((e: { field: string }) => e.field === 'name').message).toBe('Fältet måste fyllas i.');
    admin.language = 'en';
    // Until the person stores a choice, the UI's language (the request header) applies…
    const english = await admin.post('/api/v1/applications', { ...systemInput(), name: '' });
    expect(english.body.errors[0]).toEqual({ field: 'name', message: 'This field is required.' });
    // …and once they store one, it wins over the header.
    await admin.put('/api/v1/session/language', { language: 'sv' });
    const storedSwedish = await admin.post('/api/v1/applications', { ...systemInput(), name: '' });
    expect(storedSwedish.body.errors[0].message).toBe('Fältet måste fyllas i.');
    // A value of the wrong type is told from a missing one: text for a cost is not "required".
    const wrongType = await admin.post('/api/v1/applications', { ...systemInput(), yearlyCost: 'tio tusen' });
    expect(wrongType.body.errors).toEqual([{ field: 'yearlyCost', message: 'Måste vara ett tal.' }]);
    expect(await auditCount(m)).toBe(before + 0);
    const list = await admin.get('/api/v1/applications');
    expect(list.body.total).toBe(0);
  });

  it('refuses references to another municipality’s people, departments or systems', async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server, 'Annan kommun');
    const otherSystem = await (await other.as('admin')).post('/api/v1/applications', systemInput());
    const admin = await m.as('admin');
    const res = await admin.post(
      '/api/v1/applications',
      systemInput({
        ownerId: other.people.systemagare.personId,
        departmentIds: [other.departments.a],
        integrations: [{ targetId: otherSystem.body.id, description: '' }],
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['departmentIds', 'integrations.0.targetId', 'ownerId']);
    expect((await admin.get('/api/v1/applications')).body.total).toBe(0);
  });

  it('refuses an illegal lifecycle move and accepts phasing out', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const { body } = await admin.post('/api/v1/applications', systemInput({ lifecycle: 'in_use' }));
    const skip = await admin.put(`/api/v1/applications/${body.id}`, systemInput({ lifecycle: 'phased_out' }), { 'if-match': '"1"' });
    expect(skip.status).toBe(400);
    expect(skip.body.errors[0].field).toBe('lifecycle');
    const phaseOut = await admin.put(`/api/v1/applications/${body.id}`, systemInput({ lifecycle: 'phasing_out' }), { 'if-match': '"1"' });
    expect(phaseOut.status).toBe(200);
    expect(phaseOut.body.lifecycle).toBe('phasing_out');
  });

  it('archives (admin only) without purging: the system leaves the list, the history stays', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const itChef = await m.as('it_chef');
    const { body } = await admin.post('/api/v1/applications', systemInput());
    expect((await itChef.delete(`/api/v1/applications/${body.id}`, { 'if-match': '"1"' })).status).toBe(403);
    expect((await admin.delete(`/api/v1/applications/${body.id}`, { 'if-match': '"1"' })).status).toBe(204);
    expect((await itChef.get(`/api/v1/applications/${body.id}`)).status).toBe(404);
    expect((await admin.get(`/api/v1/applications/${body.id}`)).body.archivedAt).not.toBeNull();
    expect((await admin.get('/api/v1/applications')).body.total).toBe(0);
    const rows = await queryRows<{ action: string }>(server.database.db,
      sql`select action from audit_events where organisation_id = ${m.id} and entity_id = ${body.id} order by seq`,
    );
    expect(rows.map((r) => r.action)).toEqual(['create', 'archive']);
  });

  it('lists archived systems to an admin and restores one as it was', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const { body } = await admin.post('/api/v1/applications', systemInput({ name: 'Återkommer', yearlyCost: 4242 }));
    await admin.delete(`/api/v1/applications/${body.id}`, { 'if-match': '"1"' });
    expect((await (await m.as('it_chef')).get('/api/v1/applications?archived=true')).status).toBe(403);
    const archived = await admin.get('/api/v1/applications?archived=true');
    expect(archived.body.items.map((i: { name: string }) => i.name)).toEqual(['Återkommer']);
    const detail = await admin.get(`/api/v1/applications/${body.id}`);
    expect(detail.body.archivedAt).not.toBeNull();
    expect((await (await m.as('it_chef')).post(`/api/v1/applications/${body.id}/restore`, undefined, { 'if-match': '"2"' })).status).toBe(404);
    expect((await admin.post(`/api/v1/applications/${body.id}/restore`, undefined, { 'if-match': '"1"' })).status).toBe(412);
    const restored = await admin.post(`/api/v1/applications/${body.id}/restore`, undefined, { 'if-match': '"2"' });
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ name: 'Återkommer', yearlyCost: 4242, archivedAt: null, rowVersion: 3 });
    expect((await admin.get('/api/v1/applications')).body.total).toBe(1);
    const history = await admin.get(`/api/v1/applications/${body.id}/history`);
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual(['restore', 'archive', 'create']);
  });

  it('lets a läsare read but not write, a förvaltningschef write only for the own department, a systemägare only own systems', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const ofA = (await admin.post('/api/v1/applications', systemInput({ departmentIds: [m.departments.a] }))).body;
    const ofB = (await admin.post('/api/v1/applications', systemInput({ departmentIds: [m.departments.b] }))).body;
    const owned = (await admin.post('/api/v1/applications', systemInput({ ownerId: m.people.systemagare.personId }))).body;

    const reader = await m.as('lasare');
    expect((await reader.get(`/api/v1/applications/${ofA.id}`)).body.allowed).toEqual({ update: false, archive: false });
    expect((await reader.post('/api/v1/applications', systemInput())).status).toBe(403);
    expect((await reader.put(`/api/v1/applications/${ofA.id}`, systemInput(), { 'if-match': '"1"' })).status).toBe(403);

    const chef = await m.as('forvaltningschef');
    expect((await chef.put(`/api/v1/applications/${ofA.id}`, systemInput({ departmentIds: [m.departments.a] }), { 'if-match': '"1"' })).status).toBe(200);
    expect((await chef.put(`/api/v1/applications/${ofB.id}`, systemInput({ departmentIds: [m.departments.b] }), { 'if-match': '"1"' })).status).toBe(403);
    const otherDepartment = await chef.post('/api/v1/applications', systemInput({ departmentIds: [m.departments.b] }));
    expect(otherDepartment.status).toBe(400);
    expect(otherDepartment.body.errors).toEqual([{ field: 'departmentIds', message: 'Du registrerar system för din egen förvaltning: välj Socialförvaltningen bland förvaltningarna.' }]);
    expect((await chef.post('/api/v1/applications', systemInput({ departmentIds: [m.departments.a] }))).status).toBe(201);

    const owner = await m.as('systemagare');
    expect((await owner.get(`/api/v1/applications/${owned.id}`)).body.allowed.update).toBe(true);
    expect((await owner.put(`/api/v1/applications/${owned.id}`, systemInput({ ownerId: m.people.systemagare.personId }), { 'if-match': '"1"' })).status).toBe(200);
    expect((await owner.put(`/api/v1/applications/${ofB.id}`, systemInput(), { 'if-match': '"1"' })).status).toBe(403);
    expect((await owner.post('/api/v1/applications', systemInput())).status).toBe(403);
  });

  it('filters, searches, sorts in Swedish order and pages the list', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const [cap] = await capabilityIds(m);
    const names = ['Ödla', 'Zebra', 'Åsna', 'Älg', 'Apa', 'Bäver'];
    for (const [i, name] of names.entries()) {
      await admin.post(
        '/api/v1/applications',
        systemInput({
          name,
          yearlyCost: (i + 1) * 1000,
          departmentIds: i % 2 === 0 ? [m.departments.a] : [],
          capabilityIds: i < 2 ? [cap!.id] : [],
          ownerId: i === 0 ? m.people.systemagare.personId : null,
          personalData: i === 1,
          lifecycle: i === 5 ? 'planned' : 'in_use',
          contract: i === 2 ? { endDate: '2020-01-01', noticeMonths: 3 } : { endDate: null, noticeMonths: null },
        }),
      );
    }
    const list = (q: string) => admin.get(`/api/v1/applications?${q}`).then((r) => r.body);
    expect((await list('sort=name')).items.map((i: { name: string }) => i.name)).toEqual(['Apa', 'Bäver', 'Zebra', 'Åsna', 'Älg', 'Ödla']);
    expect((await list('sort=name&order=desc&pageSize=2&page=2')).items.map((i: { name: string }) => i.name)).toEqual(['Åsna', 'Zebra']);
    expect((await list('sort=yearlyCost&order=desc&pageSize=1')).items[0].name).toBe('Bäver');
    expect((await list(`department=${m.departments.a}`)).total).toBe(3);
    expect((await list(`capability=${cap!.id}`)).total).toBe(2);
    expect((await list('lifecycle=planned')).items.map((i: { name: string }) => i.name)).toEqual(['Bäver']);
    expect((await list('owner=none')).total).toBe(5);
    expect((await list(`owner=${m.people.systemagare.personId}`)).items[0].name).toBe('Ödla');
    expect((await list('personalData=true')).items[0].name).toBe('Zebra');
    expect((await list('contract=expired')).items[0].name).toBe('Åsna');
    expect((await list('q=älg')).items.map((i: { name: string }) => i.name)).toEqual(['Älg']);
    expect((await list('q=%25')).total).toBe(0);
    expect((await list('q=leverant')).total).toBe(6);
    const page = await list('pageSize=4&page=2');
    expect(page).toMatchObject({ total: 6, page: 2, pageSize: 4 });
    expect(page.items).toHaveLength(2);
  });

  it('list flag filters agree with the flags each item shows', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const variants = [
      systemInput({ name: 'Utan ägare' }),
      systemInput({ name: 'Oklassad', ownerId: m.people.systemagare.personId, personalData: true }),
      systemInput({ name: 'Uppsägning passerad', ownerId: m.people.systemagare.personId, contract: { endDate: inDays(30), noticeMonths: 3 } }),
      systemInput({ name: 'Testad', ownerId: m.people.systemagare.personId, disruptionTests: [{ testedOn: inDays(0), result: 'passed', notes: '' }] }),
    ];
    for (const v of variants) expect((await admin.post('/api/v1/applications', v)).status).toBe(201);
    const all = (await admin.get('/api/v1/applications?pageSize=100')).body.items as { name: string; flags: string[] }[];
    for (const flag of ['no_owner', 'personal_data_unclassified', 'notice_date_passed', 'contract_expired', 'disruption_test_missing']) {
      const filtered = (await admin.get(`/api/v1/applications?flag=${flag}&pageSize=100`)).body.items.map((i: { name: string }) => i.name).sort();
      expect(filtered, flag).toEqual(all.filter((i) => i.flags.includes(flag)).map((i) => i.name).sort());
    }
    expect(all.find((i) => i.name === 'Testad')!.flags).toEqual([]);
  });

  it('lists overlaps with the money at stake', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const [cap] = await capabilityIds(m);
    await admin.post('/api/v1/applications', systemInput({ name: 'Ett', yearlyCost: 100, capabilityIds: [cap!.id] }));
    await admin.post('/api/v1/applications', systemInput({ name: 'Två', yearlyCost: 300, capabilityIds: [cap!.id] }));
    await admin.post('/api/v1/applications', systemInput({ name: 'Avvecklas', yearlyCost: 999, capabilityIds: [cap!.id], lifecycle: 'phasing_out' }));
    const res = await admin.get('/api/v1/applications/overlaps');
    expect(res.status).toBe(200);
    expect(res.body.groups).toHaveLength(1);
    expect(res.body.groups[0]).toMatchObject({ capabilityId: cap!.id, totalYearlyCost: 400, possibleSaving: 100 });
    expect(res.body).toMatchObject({ totalYearlyCost: 400, possibleSaving: 100 });
  });

  it('shows a change in the overlaps at once, though the report is reused while nothing changes', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const [cap] = await capabilityIds(m);
    await admin.post('/api/v1/applications', systemInput({ name: 'Ett', yearlyCost: 100, capabilityIds: [cap!.id] }));
    expect((await admin.get('/api/v1/applications/overlaps')).body.groups).toHaveLength(0);
    const second = await admin.post('/api/v1/applications', systemInput({ name: 'Två', yearlyCost: 300, capabilityIds: [cap!.id] }));
    expect((await admin.get('/api/v1/applications/overlaps')).body.groups[0]).toMatchObject({ totalYearlyCost: 400 });
    // An edit, not only a create, makes a new report; and the other language is its own.
    await admin.put(`/api/v1/applications/${second.body.id}`, systemInput({ name: 'Två', yearlyCost: 500, capabilityIds: [cap!.id] }), { 'if-match': second.headers.get('etag')! });
    expect((await admin.get('/api/v1/applications/overlaps')).body.groups[0]).toMatchObject({ totalYearlyCost: 600 });
    const english = await admin.get('/api/v1/applications/overlaps', { 'accept-language': 'en' });
    expect(english.body.groups[0]).toMatchObject({ totalYearlyCost: 600 });
  });

  it('exports the filtered list as a real .xlsx workbook', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    await admin.post('/api/v1/applications', systemInput({ name: 'Raindance', yearlyCost: 1_650_000, personalData: true }));
    await admin.post('/api/v1/applications', systemInput({ name: 'Heroma', personalData: false }));
    const res = await admin.get('/api/v1/applications/export.xlsx?personalData=true');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.raw as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Systemregister');
    expect(sheet.getRow(1).getCell(1).value).toBe('Namn');
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe('Raindance');
    expect(sheet.getRow(2).getCell(7).value).toBe(1_650_000);
  });

  it('answers unknown ids with 404 and malformed ids with 400', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    expect((await admin.get('/api/v1/applications/7c9d20b1-3ab9-437a-af92-3209da2f48b5')).status).toBe(404);
    expect((await admin.get('/api/v1/applications/7c9d20b1-3ab9-437a-af92-3209da2f48b5/history')).status).toBe(404);
    const malformed = await admin.get('/api/v1/applications/1%27%20or%201=1');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].field).toBe('id');
  });
});
