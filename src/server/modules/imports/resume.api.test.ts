import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, expect, it } from 'vitest';
import { ApiClient } from '../../testing/client.js';
import { createTestMunicipality } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';
import { dryRun, run, workbook } from './import-test-client.js';
import { importRepository } from './repository.js';
import { foldKey } from './values.js';
import { lookupsFrom } from './write.js';

/**
 * An import cut off by a server stopping mid-run (issue 12, item 1) is taken up by the next server
 * on the same database and finishes with every row written once: no system, audit event or
 * created department twice. PostgreSQL with TEST_DATABASE_URL, else PGlite in a folder.
 */
const servers: TestServer[] = [];
afterAll(async () => {
  for (const s of servers.reverse()) await s.close();
});

const ROWS = 3000;

async function settled(client: ApiClient, id: string, seen: (body: { status: string; progress: { phase: string; row: number; rows: number } | null }) => boolean) {
  for (let i = 0; i < 3000; i++) {
    const res = await client.get(`/api/v1/imports/${id}`);
    if (seen(res.body)) return res;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the import never got there');
}

it('resumes a run cut off by a restart from its first chunk not written, writing no row twice', async () => {
  const first = await startTestServer({ onDisk: true });
  servers.push(first);
  const m = await createTestMunicipality(first);
  const admin = await m.as('admin');
  const lines = ['Namn;Livscykel;Förvaltningar'];
  for (let i = 0; i < ROWS; i++) lines.push(`System ${i.toString(36)}-${(i * 7919) % 100_003};I drift;Nya förvaltningen`);
  const start = await admin.post('/api/v1/imports', { filename: 'register.csv', contentBase64: Buffer.from(lines.join('\n'), 'utf8').toString('base64') });
  expect(start.status, JSON.stringify(start.body)).toBe(202);
  const id = start.body.id as string;
  const analysed = await settled(admin, id, (b) => b.status !== 'analysing');
  expect(analysed.body.status).toBe('analysed');
  expect(analysed.body.report.unknowns).toEqual([expect.objectContaining({ value: 'Nya förvaltningen', canCreate: true })]);
  const run = await admin.post(`/api/v1/imports/${id}/run`, { mapping: [{ column: 'departments', value: 'Nya förvaltningen', action: 'create', target: null }] }, { 'if-match': analysed.headers.get('etag')! });
  expect(run.status, JSON.stringify(run.body)).toBe(202);
  // Stopped once the first chunks are written (the department among them), well before the last.
  const writing = await settled(admin, id, (b) => b.status !== 'running' || (b.progress?.phase === 'writing' && b.progress.row >= 500));
  expect(writing.body.status).toBe('running');
  await first.stop();

  const second = await startTestServer({ sameDatabaseAs: first });
  servers.push(second);
  const db = second.database.db;
  const org = m.id;
  const count = async (query: ReturnType<typeof sql>) => Number(((await db.execute(query)) as unknown as { rows: { n: string | number }[] }).rows[0]!.n);
  const written = await count(sql`select count(*) as n from applications where organisation_id = ${org}`);
  expect(written).toBeGreaterThan(0);
  expect(written).toBeLessThan(ROWS);

  const again = new ApiClient(second.url);
  again.cookie = admin.cookie;
  again.csrf = admin.csrf;
  const done = await settled(again, id, (b) => b.status !== 'running');
  expect(done.body).toMatchObject({ status: 'done', counts: { created: ROWS, updated: 0, skipped: 0 } });
  expect(await count(sql`select count(*) as n from applications where organisation_id = ${org}`)).toBe(ROWS);
  expect(await count(sql`select count(distinct name) as n from applications where organisation_id = ${org}`)).toBe(ROWS);
  expect(await count(sql`select count(*) as n from audit_events where organisation_id = ${org} and entity_type = 'application' and action = 'create'`)).toBe(ROWS);
  expect(await count(sql`select count(*) as n from import_batch_rows where organisation_id = ${org} and batch_id = ${id} and entity_type = 'application'`)).toBe(ROWS);
  expect(await count(sql`select count(*) as n from departments where organisation_id = ${org} and name = 'Nya förvaltningen'`)).toBe(1);
  expect(await count(sql`select count(*) as n from import_planned_chunks where organisation_id = ${org} and batch_id = ${id}`)).toBe(0);
  // Every system links the one department the mapping created.
  expect(await count(sql`select count(*) as n from application_departments ad join departments d on d.organisation_id = ad.organisation_id and d.id = ad.department_id where ad.organisation_id = ${org} and d.name = 'Nya förvaltningen'`)).toBe(ROWS);
}, 600_000);

it('resumes a run of several sheets: the people and systems written before the restart are found again by name, none is made twice', async () => {
  const first = await startTestServer({ onDisk: true });
  servers.push(first);
  const m = await createTestMunicipality(first);
  const admin = await m.as('admin');
  const PEOPLE = 600;
  const SYSTEMS = 1500;
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Personer').addRows([['Namn', 'E-post', 'Titel'], ...Array.from({ length: PEOPLE }, (_, i) => [`Person ${i}`, `person${i}@kommun.example`, 'Handläggare'])]);
  // Each system's manager a person of the people sheet, its owner one the mapping makes, its department a new one.
  wb.addWorksheet('Systemregister').addRows([
    ['Namn', 'Livscykel', 'Systemägare', 'Förvaltningsledare', 'Förvaltningar'],
    ...Array.from({ length: SYSTEMS }, (_, i) => [`System ${i}`, 'I drift', 'Olle Okänd', `Person ${i % PEOPLE}`, 'Nya förvaltningen']),
  ]);
  // Integrations between systems the same file creates, by name: written after the restart.
  wb.addWorksheet('Integrationer').addRows([['Från system', 'Till system', 'Beskrivning'], ...Array.from({ length: SYSTEMS }, (_, i) => [`System ${i}`, `System ${(i + 1) % SYSTEMS}`, 'Ärenden'])]);
  const contentBase64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  const start = await admin.post('/api/v1/imports', { filename: 'register.xlsx', contentBase64 });
  expect(start.status, JSON.stringify(start.body)).toBe(202);
  const id = start.body.id as string;
  const analysed = await settled(admin, id, (b) => b.status !== 'analysing');
  expect(analysed.body.status).toBe('analysed');
  const unknowns = analysed.body.report.unknowns as { column: string; value: string; canCreate: boolean }[];
  expect(unknowns.every((u) => u.canCreate)).toBe(true);
  const mapping = unknowns.map((u) => ({ column: u.column, value: u.value, action: 'create', target: null }));
  const run = await admin.post(`/api/v1/imports/${id}/run`, { mapping }, { 'if-match': analysed.headers.get('etag')! });
  expect(run.status, JSON.stringify(run.body)).toBe(202);
  // Stopped once the people and some systems are written, before the integrations.
  const writing = await settled(admin, id, (b) => b.status !== 'running' || (b.progress?.phase === 'writing' && (b.progress as { sheet?: string }).sheet === 'Systemregister'));
  expect(writing.body.status).toBe('running');
  await first.stop();

  const second = await startTestServer({ sameDatabaseAs: first });
  servers.push(second);
  const db = second.database.db;
  const org = m.id;
  const count = async (query: ReturnType<typeof sql>) => Number(((await db.execute(query)) as unknown as { rows: { n: string | number }[] }).rows[0]!.n);
  expect(await count(sql`select count(*) as n from integrations where organisation_id = ${org}`)).toBe(0);
  const systemsBefore = await count(sql`select count(*) as n from applications where organisation_id = ${org}`);
  expect(systemsBefore).toBeGreaterThan(0);
  expect(systemsBefore).toBeLessThan(SYSTEMS);
  const peopleBefore = await count(sql`select count(*) as n from people where organisation_id = ${org}`);

  const again = new ApiClient(second.url);
  again.cookie = admin.cookie;
  again.csrf = admin.csrf;
  const done = await settled(again, id, (b) => b.status !== 'running');
  // Counted: the sheets' rows; the owner and department the mapping made are not rows of their own.
  expect(done.body).toMatchObject({ status: 'done', counts: { created: PEOPLE + SYSTEMS + SYSTEMS, updated: 0, skipped: 0 } });
  expect(await count(sql`select count(*) as n from people where organisation_id = ${org}`)).toBe(peopleBefore);
  expect(await count(sql`select count(*) as n from people where organisation_id = ${org} and email like 'person%@kommun.example'`)).toBe(PEOPLE);
  expect(await count(sql`select count(*) as n from people where organisation_id = ${org} and name = 'Olle Okänd'`)).toBe(1);
  expect(await count(sql`select count(*) as n from departments where organisation_id = ${org} and name = 'Nya förvaltningen'`)).toBe(1);
  expect(await count(sql`select count(*) as n from applications where organisation_id = ${org}`)).toBe(SYSTEMS);
  expect(await count(sql`select count(distinct name) as n from applications where organisation_id = ${org}`)).toBe(SYSTEMS);
  // Every system has its owner, its manager of the people sheet and the new department.
  expect(await count(sql`select count(*) as n from applications a join people o on o.organisation_id = a.organisation_id and o.id = a.owner_id join people g on g.organisation_id = a.organisation_id and g.id = a.manager_id where a.organisation_id = ${org} and o.name = 'Olle Okänd' and g.email like 'person%@kommun.example'`)).toBe(SYSTEMS);
  expect(await count(sql`select count(*) as n from application_departments ad join departments d on d.organisation_id = ad.organisation_id and d.id = ad.department_id where ad.organisation_id = ${org} and d.name = 'Nya förvaltningen'`)).toBe(SYSTEMS);
  // Each integration once, between the systems the file created.
  expect(await count(sql`select count(*) as n from integrations where organisation_id = ${org}`)).toBe(SYSTEMS);
  expect(await count(sql`select count(distinct (source_id, target_id)) as n from integrations where organisation_id = ${org}`)).toBe(SYSTEMS);
  for (const [entity, n] of [['person', PEOPLE + 1], ['department', 1], ['application', SYSTEMS], ['integration', SYSTEMS]] as const) {
    expect(await count(sql`select count(*) as n from import_batch_rows where organisation_id = ${org} and batch_id = ${id} and entity_type = ${entity}`), entity).toBe(n);
    // An integration is audited as an update of its source system.
    const [type, action] = entity === 'integration' ? ['application', 'update'] : [entity, 'create'];
    expect(await count(sql`select count(*) as n from audit_events where organisation_id = ${org} and entity_type = ${type} and action = ${action} and after->>'importBatchId' = ${id}`), entity).toBe(n);
  }
  expect(await count(sql`select count(*) as n from import_planned_chunks where organisation_id = ${org} and batch_id = ${id}`)).toBe(0);
}, 600_000);

it('notes a department or person matched without a change in the batch, so a resumed run finds it by name, and the undo passes it over', async () => {
  const server = await startTestServer();
  servers.push(server);
  const m = await createTestMunicipality(server);
  const admin = await m.as('admin');
  const file = await workbook({
    Förvaltningar: [['Namn', 'Kod'], ['Socialförvaltningen', 'SOC'], ['Kulturförvaltningen', 'KUL']],
    Personer: [['Namn', 'E-post'], ['Lars Läsare', m.people.lasare.email]],
  });
  const done = await run(admin, await dryRun(admin, 'register.xlsx', file));
  expect(done.body).toMatchObject({ status: 'done', counts: { created: 1, updated: 0, skipped: 0 } });
  const org = m.id;
  // What a run resuming this batch would know by name: the record it made and the ones it matched.
  const lookups = lookupsFrom(await importRepository(server.database.db, org).createdRecords(done.body.id));
  expect(lookups.departments.get(foldKey('Socialförvaltningen'))).toBe(m.departments.a);
  expect(lookups.departments.has(foldKey('Kulturförvaltningen'))).toBe(true);
  expect(lookups.people.get(foldKey('Lars Läsare'))).toBe(m.people.lasare.personId);

  const undo = await admin.post(`/api/v1/imports/${done.body.id}/undo`, {}, { 'if-match': done.headers.get('etag')! });
  expect(undo.status, JSON.stringify(undo.body)).toBe(202);
  expect((await settled(admin, done.body.id, (b) => b.status !== 'running')).body.status).toBe('undone');
  const names = ((await admin.get('/api/v1/departments')).body.items as { name: string }[]).map((d) => d.name);
  expect(names).toContain('Socialförvaltningen');
  expect(names).not.toContain('Kulturförvaltningen');
  const count = async (query: ReturnType<typeof sql>) => Number(((await server.database.db.execute(query)) as unknown as { rows: { n: string | number }[] }).rows[0]!.n);
  // Matched unchanged: no change written, none undone.
  expect(await count(sql`select count(*) as n from audit_events where organisation_id = ${org} and entity_id in (${m.departments.a}, ${m.people.lasare.personId}) and after->>'importBatchId' = ${done.body.id}`)).toBe(0);
}, 120_000);
