import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../testing/client.js';
import { createTestMunicipality, systemInput } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';
import { dryRun, run, settled, workbook } from './import-test-client.js';

/** The workbook's other sheets (issue 12, item 1): departments, people, agreements and integrations. */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

async function undo(client: ApiClient, id: string) {
  const current = await client.get(`/api/v1/imports/${id}`);
  const res = await client.post(`/api/v1/imports/${id}/undo`, {}, { 'if-match': current.headers.get('etag')! });
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return settled(client, id);
}

type Problem = { sheet: string; row: number; column: string; code: string; severity: string; message: string };
type Named = { id: string; name: string };

describe('importing the workbook of every sheet', () => {
  it('dry-runs, maps a new owner to a new person, runs departments and people before systems, agreements and integrations, and undoes it all', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const sara = m.people.systemagare;
    const file = await workbook({
      Förvaltningar: [['Namn', 'Kod'], ['Socialförvaltningen', 'SOC2'], ['Kulturförvaltningen', 'KUF'], ['Kulturförvaltningen', 'X']],
      Personer: [
        ['Namn', 'E-post', 'Titel', 'Förvaltning'],
        ['Nora Ny', 'nora@kommun.example', 'Arkivarie', 'Kulturförvaltningen'],
        ['Sara Systemägare', sara.email, 'Systemägare', 'Barn- och utbildningsförvaltningen'],
        ['Utan Adress', 'inte-en-adress', '', ''],
      ],
      Systemregister: [['Namn', 'Livscykel', 'Systemägare', 'Förvaltningsledare'], ['Lex', 'I drift', 'Olle Okänd', 'Nora Ny'], ['Ecos', 'I drift', 'Sara Systemägare', '']],
      Avtal: [
        ['Namn', 'Avtalsnummer', 'Avtalstyp', 'Leverantör', 'Startdatum', 'Slutdatum', 'Uppsägningstid (månader)'],
        ['Ekonomisystem', '2024-001', 'Ramavtal', 'Visma', '2024-01-01', '2027-12-31', 6],
        ['Trasigt', '2024-002', 'Avtal', '', '2025-01-01', '2024-01-01', ''],
        ['Dyrt', '2024-003', 'Avtal', '', '2024-01-01', '2026-01-01', 'många'],
      ],
      Integrationer: [['Från system', 'Till system', 'Beskrivning'], ['Lex', 'Ecos', 'Ärenden'], ['Lex', 'Finns inte', 'x'], ['Ecos', 'ecos', 'y']],
    });
    const batch = await dryRun(admin, 'register.xlsx', file);
    expect(batch.body.status).toBe('analysed');
    const report = batch.body.report;
    expect(report.sheets).toEqual([
      { sheet: 'Förvaltningar', kind: 'departments', rows: 3, creates: 1, updates: 1, skipped: 1 },
      { sheet: 'Personer', kind: 'people', rows: 3, creates: 1, updates: 1, skipped: 1 },
      { sheet: 'Systemregister', kind: 'systems', rows: 2, creates: 2, updates: 0, skipped: 0 },
      { sheet: 'Avtal', kind: 'agreements', rows: 3, creates: 1, updates: 0, skipped: 2 },
      { sheet: 'Integrationer', kind: 'integrations', rows: 3, creates: 1, updates: 0, skipped: 2 },
    ]);
    const errors = (report.problems as Problem[]).filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.sheet, p.row, p.column, p.code])).toEqual([
      ['Avtal', 3, 'Slutdatum', 'end_before_start'],
      ['Avtal', 4, 'Uppsägningstid (månader)', 'invalid_months'],
      ['Förvaltningar', 4, 'Namn', 'duplicate_row_in_file'],
      ['Integrationer', 3, 'Till system', 'unknown_system'],
      ['Integrationer', 4, 'Till system', 'self_integration'],
      ['Personer', 4, 'E-post', 'invalid_email'],
    ]);
    expect(errors.find((p) => p.code === 'unknown_system')!.message).toBe('Systemet ”Finns inte” i ”Till system” finns varken i registret eller i filen. Raden hoppas över.');
    const unknowns = report.unknowns as { column: string; value: string; canCreate: boolean }[];
    expect(unknowns.find((u) => u.value === 'Olle Okänd')).toMatchObject({ column: 'owner', canCreate: true });
    expect(unknowns.find((u) => u.value === 'Nora Ny')).toMatchObject({ column: 'manager', canCreate: true });
    // The dry run changed nothing.
    expect((await admin.get('/api/v1/applications')).body.total).toBe(0);
    expect((await admin.get('/api/v1/agreements')).body.total).toBe(0);

    const done = await run(admin, batch, [
      { column: 'departments', value: 'Kulturförvaltningen', action: 'create', target: null },
      { column: 'owner', value: 'Olle Okänd', action: 'create', target: null },
      { column: 'manager', value: 'Nora Ny', action: 'create', target: null },
    ]);
    expect(done.body).toMatchObject({ status: 'done', counts: { created: 6, updated: 2, skipped: 6 } });

    const departments = (await admin.get('/api/v1/departments')).body.items as (Named & { code: string | null })[];
    const kultur = departments.find((d) => d.name === 'Kulturförvaltningen')!;
    expect(departments.filter((d) => d.name === 'Kulturförvaltningen')).toHaveLength(1);
    expect(departments.find((d) => d.id === m.departments.a)!.code).toBe('SOC2');
    const people = (await admin.get('/api/v1/people')).body.items as (Named & { email: string | null; title: string | null; departmentId: string | null; login?: unknown })[];
    const nora = people.find((p) => p.name === 'Nora Ny')!;
    const olle = people.find((p) => p.name === 'Olle Okänd')!;
    // The person the mapping made is the people sheet's, with its e-mail; the new owner has no login: the least access.
    expect(people.filter((p) => p.name === 'Nora Ny')).toHaveLength(1);
    expect(nora).toMatchObject({ email: 'nora@kommun.example', title: 'Arkivarie', departmentId: kultur.id, login: null });
    expect(olle).toMatchObject({ email: null, login: null });
    expect(people.find((p) => p.id === sara.personId)!.title).toBe('Systemägare');

    const systems = (await admin.get('/api/v1/applications?sort=name')).body.items as Named[];
    expect(systems.map((s) => s.name)).toEqual(['Ecos', 'Lex']);
    const lex = (await admin.get(`/api/v1/applications/${systems[1]!.id}`)).body;
    expect(lex).toMatchObject({ ownerId: olle.id, managerId: nora.id });
    expect(lex.integrations.map((i: { targetId: string; description: string }) => [i.targetId, i.description])).toEqual([[systems[0]!.id, 'Ärenden']]);
    const agreements = (await admin.get('/api/v1/agreements')).body.items;
    expect(agreements).toEqual([expect.objectContaining({ name: 'Ekonomisystem', kind: 'framework', supplier: 'Visma', reference: '2024-001', endDate: '2027-12-31', noticeMonths: 6 })]);
    const audit = await admin.get(`/api/v1/audit?entityType=person&entityId=${olle.id}`);
    if (audit.status === 200) expect(JSON.stringify(audit.body)).toContain(batch.body.id);

    expect((await undo(admin, batch.body.id)).body.status).toBe('undone');
    expect((await admin.get('/api/v1/applications')).body.total).toBe(0);
    expect((await admin.get('/api/v1/agreements')).body.total).toBe(0);
    const after = (await admin.get('/api/v1/people')).body.items as (Named & { title: string | null })[];
    expect(after.map((p) => p.name)).not.toContain('Nora Ny');
    expect(after.map((p) => p.name)).not.toContain('Olle Okänd');
    expect(after.find((p) => p.id === sara.personId)!.title).toBeNull();
    const departmentsAfter = (await admin.get('/api/v1/departments')).body.items as (Named & { code: string | null })[];
    expect(departmentsAfter.map((d) => d.name)).not.toContain('Kulturförvaltningen');
    expect(departmentsAfter.find((d) => d.id === m.departments.a)!.code).toBe('SOC');
  });

  it('round-trips the export: agreements, integrations and people update by id, none is duplicated, and the undo sets them back', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const raindance = (await admin.post('/api/v1/applications', systemInput({ name: 'Raindance' }))).body;
    const heroma = (await admin.post('/api/v1/applications', systemInput({ name: 'Heroma', integrations: [{ targetId: raindance.id, description: 'Lönefiler' }] }))).body;
    const agreement = await admin.post('/api/v1/agreements', { name: 'Ekonomiavtal', kind: 'contract', supplier: 'CGI', reference: 'KS 2023/12', startDate: '2023-01-01', endDate: '2028-12-31', noticeMonths: 12 });
    expect(agreement.status, JSON.stringify(agreement.body)).toBe(201);
    const peopleBefore = (await admin.get('/api/v1/people')).body.items.length;

    const exported = await admin.get('/api/v1/applications/export.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.raw as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Systemregister', 'Förvaltningar', 'Personer', 'Avtal', 'Integrationer']);
    const column = (sheet: ExcelJS.Worksheet, heading: string) => (sheet.getRow(1).values as unknown[]).indexOf(heading);
    const avtal = wb.getWorksheet('Avtal')!;
    avtal.getRow(2).getCell(column(avtal, 'Uppsägningstid (månader)')).value = 3;
    avtal.addRow(['Lönavtal', 'KS 2024/1', 'Avtal', 'Visma']);
    const integrationer = wb.getWorksheet('Integrationer')!;
    expect(integrationer.getRow(2).getCell(1).value).toBe('Heroma');
    integrationer.getRow(2).getCell(column(integrationer, 'Beskrivning')).value = 'Lönefiler och kontering';
    const personer = wb.getWorksheet('Personer')!;
    personer.eachRow((row, n) => {
      if (n > 1 && row.getCell(1).value === 'Lars Läsare') row.getCell(column(personer, 'Titel')).value = 'Arkivarie';
    });
    const file = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');

    const batch = await dryRun(admin, 'systemregister.xlsx', file);
    expect(batch.body.report.errorCount, JSON.stringify(batch.body.report.problems)).toBe(0);
    const kinds = Object.fromEntries((batch.body.report.sheets as { kind: string; creates: number; updates: number }[]).map((s) => [s.kind, [s.creates, s.updates]]));
    expect(kinds).toEqual({ systems: [0, 2], departments: [0, 2], people: [0, peopleBefore], agreements: [1, 1], integrations: [0, 1] });
    const done = await run(admin, batch);
    expect(done.body.failure).toBeNull();
    expect(done.body.counts).toEqual({ created: 1, updated: 3, skipped: 0 });
    expect((await admin.get('/api/v1/applications')).body.total).toBe(2);
    expect((await admin.get('/api/v1/people')).body.items).toHaveLength(peopleBefore);
    expect((await admin.get('/api/v1/departments')).body.items).toHaveLength(2);
    expect((await admin.get(`/api/v1/agreements/${agreement.body.id}`)).body).toMatchObject({ noticeMonths: 3, supplier: 'CGI', endDate: '2028-12-31' });
    expect((await admin.get('/api/v1/agreements')).body.total).toBe(2);
    expect((await admin.get(`/api/v1/applications/${heroma.id}`)).body.integrations).toEqual([expect.objectContaining({ targetId: raindance.id, description: 'Lönefiler och kontering' })]);
    const lars = () => admin.get('/api/v1/people').then((r) => (r.body.items as (Named & { title: string | null })[]).find((p) => p.id === m.people.lasare.personId)!);
    expect((await lars()).title).toBe('Arkivarie');

    expect((await undo(admin, batch.body.id)).body.status).toBe('undone');
    expect((await admin.get(`/api/v1/agreements/${agreement.body.id}`)).body.noticeMonths).toBe(12);
    expect((await admin.get('/api/v1/agreements')).body.total).toBe(1);
    expect((await admin.get(`/api/v1/applications/${heroma.id}`)).body.integrations).toEqual([expect.objectContaining({ description: 'Lönefiler' })]);
    expect((await lars()).title).toBeNull();
  });

  it('links an agreement to the systems its row names (the register\'s or the file\'s new ones), round-trips them unchanged, and the undo removes the links', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    await admin.post('/api/v1/applications', systemInput({ name: 'Raindance' }));
    const agreement = (await admin.post('/api/v1/agreements', { name: 'Ekonomiavtal', kind: 'contract', supplier: 'CGI', reference: 'KS 2023/12' })).body;
    const exported = async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await admin.get('/api/v1/applications/export.xlsx')).raw as unknown as ArrayBuffer);
      const avtal = wb.getWorksheet('Avtal')!;
      return { wb, avtal, systems: avtal.getRow(2).getCell((avtal.getRow(1).values as unknown[]).indexOf('System')) };
    };
    const upload = async (wb: ExcelJS.Workbook) => dryRun(admin, 'systemregister.xlsx', Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'));
    const covered = async () => ((await admin.get(`/api/v1/agreements/${agreement.id}`)).body.systems as Named[]).map((s) => s.name);

    // An unknown name is a problem naming sheet, row and column; the agreement is left as it is.
    const first = await exported();
    expect(first.systems.value || null).toBeNull();
    first.systems.value = 'Raindance; Okänt system';
    const unknown = await upload(first.wb);
    expect(unknown.body.report.problems.filter((p: { severity: string }) => p.severity === 'error')).toEqual([
      expect.objectContaining({ sheet: 'Avtal', row: 2, column: 'System', code: 'unknown_system', message: expect.stringContaining('”Okänt system”') }),
    ]);

    // A system of the register and one the same file creates.
    const second = await exported();
    second.wb.getWorksheet('Systemregister')!.addRow(['Ecos']);
    second.systems.value = 'Raindance; Ecos';
    const batch = await upload(second.wb);
    expect(batch.body.report.errorCount, JSON.stringify(batch.body.report.problems)).toBe(0);
    const done = await run(admin, batch);
    expect(done.body.counts).toEqual({ created: 1, updated: 1, skipped: 0 });
    expect(await covered()).toEqual(['Ecos', 'Raindance']);

    // Exported again and imported unchanged: nothing changes.
    const third = await exported();
    expect(third.systems.value).toBe('Ecos; Raindance');
    const again = await run(admin, await upload(third.wb));
    expect(again.body.counts).toEqual({ created: 0, updated: 0, skipped: 0 });

    expect((await undo(admin, batch.body.id)).body.status).toBe('undone');
    expect(await covered()).toEqual([]);
  });

  it('never changes the e-mail of a person with a login: the dry run says so and the rest of the row applies', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const lars = m.people.lasare;
    await run(admin, await dryRun(admin, 'personer.csv', Buffer.from('Namn;E-post\nNils Utan;nils@kommun.example\n').toString('base64')));
    type Person = Named & { email: string | null; title: string | null };
    const person = async (name: string) => ((await admin.get('/api/v1/people')).body.items as Person[]).find((p) => p.name === name)!;
    const nils = await person('Nils Utan');
    const file = await workbook({
      Personer: [
        ['Namn', 'E-post', 'Titel', 'Id'],
        ['Lars Läsare', 'lars@angripare.example', 'Arkivarie', lars.personId],
        ['Nils Utan', 'nils.utan@kommun.example', 'Handläggare', nils.id],
      ],
    });
    const batch = await dryRun(admin, 'personer.xlsx', file);
    expect(batch.body.report.errorCount).toBe(0);
    expect(batch.body.report.problems).toEqual([
      expect.objectContaining({ sheet: 'Personer', row: 2, column: 'E-post', code: 'email_of_login', severity: 'warning', message: expect.stringContaining('personadministration') }),
    ]);
    const done = await run(admin, batch);
    expect(done.body.counts).toEqual({ created: 0, updated: 2, skipped: 0 });
    expect(await person('Lars Läsare')).toMatchObject({ email: lars.email, title: 'Arkivarie' });
    expect(await person('Nils Utan')).toMatchObject({ email: 'nils.utan@kommun.example', title: 'Handläggare' });
    // The login still signs in with its own address.
    expect((await m.as('lasare')).cookie).toBeTruthy();

    admin.language = 'en';
    await admin.put('/api/v1/session/language', { language: 'en' });
    const english = await dryRun(admin, 'personer.xlsx', file);
    expect(english.body.report.problems[0].message).toBe("The e-mail in “E-post” is not changed: the e-mail of a person with a login is changed in Roder's people admin, not by import. The rest of the row is imported.");
  });

  it('refuses the undo, naming the agreement and its field, when someone changed it since', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const batch = await dryRun(admin, 'avtal.csv', Buffer.from('Namn;Avtalsnummer;Slutdatum\nDriftavtal;A-1;2027-06-30\n').toString('base64'));
    expect(batch.body.report.sheets).toEqual([{ sheet: 'avtal.csv', kind: 'agreements', rows: 1, creates: 1, updates: 0, skipped: 0 }]);
    await run(admin, batch);
    const [made] = (await admin.get('/api/v1/agreements')).body.items;
    const read = await admin.get(`/api/v1/agreements/${made.id}`);
    const put = await admin.put(`/api/v1/agreements/${made.id}`, { name: 'Driftavtal', kind: 'contract', supplier: null, reference: 'A-1', endDate: '2029-06-30' }, { 'if-match': read.headers.get('etag')! });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const current = await admin.get(`/api/v1/imports/${batch.body.id}`);
    const refused = await admin.post(`/api/v1/imports/${batch.body.id}/undo`, {}, { 'if-match': current.headers.get('etag')! });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain('Driftavtal (endDate)');
  });

  it('reads hostile sheets as problems, never a failure: wrong types, unknown systems, 200 000 rows', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const wrong = await workbook({
      Integrationer: [['Från system', 'Till system', 'Beskrivning'], [42, true, new Date('2026-01-01')], ['x'.repeat(300), 'Lex', '']],
      Avtal: [['Namn', 'Startdatum', 'Slutdatum'], [12345, 'igår', 3.5]],
      Personer: [['Namn', 'E-post'], [true, 99]],
    });
    const batch = await dryRun(admin, 'fel.xlsx', wrong);
    expect(batch.body.status).toBe('analysed');
    const codes = (batch.body.report.problems as Problem[]).map((p) => [p.sheet, p.row, p.code]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ['Integrationer', 2, 'unknown_system'],
        ['Integrationer', 3, 'too_long'],
        ['Avtal', 2, 'invalid_date'],
        ['Personer', 2, 'invalid_email'],
      ]),
    );
    expect((await run(admin, batch)).body.counts).toMatchObject({ created: 0, updated: 0 });

    const rows = ['Namn;E-post'];
    for (let i = 0; i < 200_000; i++) rows.push(`Person ${i};fel${i}`);
    const big = await dryRun(admin, 'personer.csv', Buffer.from(rows.join('\n')).toString('base64'));
    expect(big.body.status).toBe('analysed');
    expect(big.body.report.sheets).toEqual([{ sheet: 'personer.csv', kind: 'people', rows: 200_000, creates: 0, updates: 0, skipped: 200_000 }]);
    expect(big.body.report.problemCount).toBe(200_000);
    expect(big.body.report.problems).toHaveLength(2000);
  }, 240_000);
});
