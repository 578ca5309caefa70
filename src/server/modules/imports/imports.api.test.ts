import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestMunicipality, systemInput } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';
import { xlsxBomb } from '../../testing/zip.js';
import { dryRun, run, settled, workbook } from './import-test-client.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');


const HEADER = ['Namn', 'Leverantör', 'Typ', 'Livscykel', 'Årlig kostnad (kr)', 'Förvaltningar', 'Personuppgifter', 'Avtalets slutdatum'];

describe('importing the register from a spreadsheet', () => {
  it('dry-runs a workbook: every problem by sheet, row and column, a proposal for each unknown value, and nothing changed', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const file = await workbook({
      Systemregister: [
        HEADER,
        ['Lex', 'Tieto', 'System', 'I drift', '1 200 000 kr', 'Socialförvaltningen', 'Ja', '2027-03-31'],
        ['Ecos', 'Sokigo', 'Application', 'in use', 'mycket', 'Socialforvaltningen', 'no', ''],
        ['Platina', '-', 'applikation', 'Planerad', '0', 'Socialförvaltnigen', 'saknas', '2027-02-30'],
        ['LEX', 'Tieto', 'System', 'I drift', '', '', '', ''],
      ],
    });
    const batch = await dryRun(admin, 'register.xlsx', file);
    expect(batch.body.status).toBe('analysed');
    const report = batch.body.report;
    expect(report.problems.filter((p: { severity: string }) => p.severity === 'error').map((p: { sheet: string; row: number; column: string; code: string }) => [p.sheet, p.row, p.column, p.code])).toEqual([
      ['Systemregister', 3, 'Årlig kostnad (kr)', 'invalid_number'],
      ['Systemregister', 4, 'Avtalets slutdatum', 'invalid_date'],
      ['Systemregister', 5, 'Namn', 'duplicate_in_file'],
    ]);
    expect(report.problems[0].message).toContain('Årlig kostnad (kr)');
    expect(report.unknowns).toEqual([
      expect.objectContaining({ column: 'departments', value: 'Socialförvaltnigen', proposal: { target: m.departments.a, label: 'Socialförvaltningen' }, canCreate: true }),
    ]);
    expect(report.sheets).toEqual([{ sheet: 'Systemregister', kind: 'systems', rows: 4, creates: 1, updates: 0, skipped: 3 }]);
    expect((await admin.get('/api/v1/applications')).body.total).toBe(0);
  });

  it('answers in English to a person who reads English', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    admin.language = 'en';
    await admin.put('/api/v1/session/language', { language: 'en' });
    const batch = await dryRun(admin, 'list.csv', b64('Name;Lifecycle;Cost\nLex;In use;lots\n'));
    const problem = batch.body.report.problems.find((p: { code: string }) => p.code === 'invalid_number');
    expect(problem).toMatchObject({ sheet: 'list.csv', row: 2, column: 'Cost' });
    expect(problem.message).toBe('“lots” in “Cost” is not an amount in whole kronor. The row is skipped.');
  });

  it('runs with the mapping in the background, audits each record naming the batch, and undoes as a whole', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const csv = '\uFEFFNamn;Livscykel;Förvaltningar;Årlig kostnad (kr)\nLex;I drift;Admininstration;100 000\nEcos;Planerad;Socialförvaltningen;0\n';
    const batch = await dryRun(admin, 'system.csv', b64(csv));
    expect(batch.body.report.unknowns).toEqual([expect.objectContaining({ value: 'Admininstration', proposal: null, canCreate: true })]);
    const done = await run(admin, batch, [{ column: 'departments', value: 'Admininstration', action: 'create', target: null }]);
    expect(done.body).toMatchObject({ status: 'done', counts: { created: 2, updated: 0, skipped: 0 }, allowedUndo: true });
    const list = (await admin.get('/api/v1/applications?sort=name')).body.items;
    expect(list.map((s: { name: string }) => s.name)).toEqual(['Ecos', 'Lex']);
    const departments = (await admin.get('/api/v1/departments')).body.items as { id: string; name: string }[];
    const created = departments.find((d) => d.name === 'Admininstration')!;
    const lex = (await admin.get(`/api/v1/applications/${list[1].id}`)).body;
    expect(lex).toMatchObject({ lifecycle: 'in_use', yearlyCost: 100_000, departmentIds: [created.id] });
    // The register's stored score (its list column and filter) is the one the record shows.
    expect(lex.quality.score).toBeGreaterThan(0);
    expect(list[1].qualityScore).toBe(lex.quality.score);
    const history = (await admin.get(`/api/v1/applications/${lex.id}/history`)).body.items;
    expect(history).toHaveLength(1);
    expect(history[0].changes.map((c: { field: string }) => c.field)).not.toContain('importBatchId');
    const audit = await admin.get(`/api/v1/audit?entityType=application&entityId=${lex.id}`);
    if (audit.status === 200) expect(JSON.stringify(audit.body)).toContain(batch.body.id);

    const current = await admin.get(`/api/v1/imports/${batch.body.id}`);
    const undo = await admin.post(`/api/v1/imports/${batch.body.id}/undo`, {}, { 'if-match': current.headers.get('etag')! });
    expect(undo.status, JSON.stringify(undo.body)).toBe(202);
    expect((await settled(admin, batch.body.id)).body.status).toBe('undone');
    expect((await admin.get('/api/v1/applications')).body.total).toBe(0);
    expect((await admin.get('/api/v1/applications?archived=true')).body.total).toBe(2);
    // An undone batch cannot run or be undone again.
    const again = await admin.get(`/api/v1/imports/${batch.body.id}`);
    expect((await admin.post(`/api/v1/imports/${batch.body.id}/undo`, {}, { 'if-match': again.headers.get('etag')! })).status).toBe(409);
  });

  it('stores each new system\'s completeness score as its page computes it, whatever the row holds', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const csv = [
      'Namn;Leverantör;Livscykel;Årlig kostnad (kr);Förvaltningar;K;R;T;Avtalets slutdatum;Beskrivning',
      'Full;Tieto;I drift;100 000;Socialförvaltningen;2;3;2;2029-12-31;Ärenden',
      'Tom;;I drift;;;;;;;',
      'Halv;Visma;Planerad;;Socialförvaltningen;1;;;;   ',
      'Avtal;;I drift;5;;;;;2030-01-31;Text',
    ].join('\n');
    const done = await run(admin, await dryRun(admin, 'scores.csv', b64(csv)), []);
    expect(done.body.counts).toMatchObject({ created: 4, skipped: 0 });
    const list = (await admin.get('/api/v1/applications?sort=name')).body.items as { id: string; name: string; qualityScore: number }[];
    const scores = new Set<number>();
    for (const item of list) {
      const page = (await admin.get(`/api/v1/applications/${item.id}`)).body;
      expect({ name: item.name, score: item.qualityScore }).toEqual({ name: item.name, score: page.quality.score });
      scores.add(page.quality.score);
    }
    expect(scores.size).toBe(4);
  });

  it('round-trips the export: edited rows update their systems by id, none is duplicated, and the undo reverts the change', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const raindance = (await admin.post('/api/v1/applications', systemInput({ name: 'Raindance', yearlyCost: 1_650_000 }))).body;
    await admin.post('/api/v1/applications', systemInput({ name: 'Heroma', yearlyCost: 500_000 }));
    const exported = await admin.get('/api/v1/applications/export.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.raw as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const costColumn = (sheet.getRow(1).values as unknown[]).indexOf('Årlig kostnad (kr)');
    sheet.eachRow((row, n) => {
      if (n > 1 && row.getCell(1).value === 'Raindance') {
        row.getCell(1).value = 'Raindance Ekonomi';
        row.getCell(costColumn).value = 1_800_000;
      }
    });
    sheet.addRow(['Visma Lön']);
    const file = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const batch = await dryRun(admin, 'systemregister.xlsx', file);
    expect(batch.body.report.sheets[0]).toMatchObject({ creates: 1, updates: 2, skipped: 0 });
    const done = await run(admin, batch);
    expect(done.body.counts).toEqual({ created: 1, updated: 1, skipped: 0 });
    expect((await admin.get('/api/v1/applications')).body.total).toBe(3);
    expect((await admin.get(`/api/v1/applications/${raindance.id}`)).body).toMatchObject({ name: 'Raindance Ekonomi', yearlyCost: 1_800_000, vendor: 'Leverantör AB' });

    const current = await admin.get(`/api/v1/imports/${batch.body.id}`);
    await admin.post(`/api/v1/imports/${batch.body.id}/undo`, {}, { 'if-match': current.headers.get('etag')! });
    expect((await settled(admin, batch.body.id)).body.status).toBe('undone');
    expect((await admin.get(`/api/v1/applications/${raindance.id}`)).body).toMatchObject({ name: 'Raindance', yearlyCost: 1_650_000 });
    expect((await admin.get('/api/v1/applications')).body.total).toBe(2);
  });

  it('refuses the undo, naming the record and field, when someone changed a record since', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const batch = await dryRun(admin, 'a.csv', b64('Namn,Livscykel\nLex,I drift\nEcos,I drift\n'));
    await run(admin, batch);
    const lex = (await admin.get('/api/v1/applications')).body.items.find((s: { name: string }) => s.name === 'Lex');
    const read = await admin.get(`/api/v1/applications/${lex.id}`);
    const { id: _id, ownerName: _o, managerName: _m, contract, incomingIntegrations: _i, integrations, ...rest } = read.body;
    void _id, _o, _m, _i;
    const put = await admin.put(
      `/api/v1/applications/${lex.id}`,
      { ...systemInput(), ...pick(rest), yearlyCost: 42_000, contract: { endDate: contract.endDate, noticeMonths: contract.noticeMonths }, integrations: integrations.map((x: { targetId: string; description: string }) => ({ targetId: x.targetId, description: x.description })) },
      { 'if-match': read.headers.get('etag')! },
    );
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const current = await admin.get(`/api/v1/imports/${batch.body.id}`);
    const undo = await admin.post(`/api/v1/imports/${batch.body.id}/undo`, {}, { 'if-match': current.headers.get('etag')! });
    expect(undo.status).toBe(409);
    expect(undo.body.code).toBe('import_undo_conflict');
    expect(undo.body.detail).toContain('Lex (yearlyCost)');
    expect((await admin.get('/api/v1/applications')).body.total).toBe(2);
    expect((await admin.get(`/api/v1/imports/${batch.body.id}`)).body.status).toBe('done');
  });

  it('refuses hostile files and changes nothing', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    // Text named .xlsx, garbage named .csv, and an unknown extension.
    const wrongType = await admin.post('/api/v1/imports', { filename: 'list.xlsx', contentBase64: b64('Namn;Livscykel\nLex;I drift') });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.errors[0]).toMatchObject({ field: 'contentBase64' });
    const garbage = await admin.post('/api/v1/imports', { filename: 'list.csv', contentBase64: randomBytes(10 * 1024 * 1024).toString('base64') });
    expect(garbage.status).toBe(400);
    expect((await admin.post('/api/v1/imports', { filename: 'list.exe', contentBase64: b64('x') })).status).toBe(400);
    expect((await admin.post('/api/v1/imports', { filename: 'list.csv', contentBase64: 12 })).status).toBe(400);

    const bomb = await dryRun(admin, 'bomb.xlsx', xlsxBomb(450).toString('base64'));
    expect(bomb.body).toMatchObject({ status: 'failed' });
    expect(bomb.body.failure).toContain('för stor');

    const empty = await dryRun(admin, 'empty.csv', b64('Namn;Livscykel\n'));
    expect(empty.body.report.problems[0]).toMatchObject({ code: 'no_rows', severity: 'error' });

    const formula = await dryRun(admin, 'f.csv', b64('Namn;Beskrivning\n"=HYPERLINK(""http://evil.example"",""Lex"")";=1+1\n'));
    await run(admin, formula);
    const stored = (await admin.get('/api/v1/applications')).body.items[0];
    expect(stored.name).toBe('=HYPERLINK("http://evil.example","Lex")');
    // The refused uploads made no batch; the bomb, the empty file and the formulas did.
    expect((await admin.get('/api/v1/imports')).body.items).toHaveLength(3);
  });

  it('never touches another municipality: its ids are unknown, its batches invisible', async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server, 'Grannkommun');
    const otherAdmin = await other.as('admin');
    const theirs = (await otherAdmin.post('/api/v1/applications', systemInput({ name: 'Grannens system', yearlyCost: 1 }))).body;
    const admin = await m.as('admin');
    const batch = await dryRun(admin, 'ids.csv', b64(`Id;Namn;Årlig kostnad (kr)\n${theirs.id};Grannens system;999\n`));
    expect(batch.body.report.problems.map((p: { code: string }) => p.code)).toEqual(['unknown_id']);
    await run(admin, batch);
    expect((await otherAdmin.get(`/api/v1/applications/${theirs.id}`)).body.yearlyCost).toBe(1);
    expect((await admin.get('/api/v1/applications')).body.total).toBe(0);
    expect((await otherAdmin.get(`/api/v1/imports/${batch.body.id}`)).status).toBe(404);
    expect((await otherAdmin.get('/api/v1/imports')).body.items).toEqual([]);
  });

  it('is for those allowed to import: the IT strategist may, a reader may not', async () => {
    const m = await createTestMunicipality(server);
    expect((await (await m.as('lasare')).post('/api/v1/imports', { filename: 'a.csv', contentBase64: b64('Namn\nLex\n') })).status).toBe(403);
    expect((await (await m.as('systemagare')).get('/api/v1/imports')).status).toBe(403);
    const itChef = await m.as('it_chef');
    const batch = await dryRun(itChef, 'a.csv', b64('Namn,Typ\nLex,System\n'));
    expect((await run(itChef, batch)).body.status).toBe('done');
  });
});

function pick(body: Record<string, unknown>) {
  const { name, vendor, versions, kind, description, lifecycle, assessment, yearlyCost, ownerId, managerId, departmentIds, capabilityIds, personalData, classification, disruptionTests, sharedWithCollaboration } = body as never;
  return { name, vendor, versions, kind, description, lifecycle, assessment, yearlyCost, ownerId, managerId, departmentIds, capabilityIds, personalData, classification, disruptionTests, sharedWithCollaboration };
}
