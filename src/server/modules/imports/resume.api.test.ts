import { sql } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import { ApiClient } from '../../testing/client.js';
import { createTestMunicipality } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';

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
