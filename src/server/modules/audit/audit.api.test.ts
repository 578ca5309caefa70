import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestMunicipality, systemInput } from '../../testing/fixtures.js';
import { queryRows } from '../../platform/db.js';
import { startTestServer, type TestServer } from '../../testing/server.js';
import { verifyAuditChain } from './commands.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

async function municipalityWithHistory() {
  const m = await createTestMunicipality(server);
  const admin = await m.as('admin');
  const { body } = await admin.post('/api/v1/applications', systemInput({ name: 'Spårbar' }));
  await admin.put(`/api/v1/applications/${body.id}`, systemInput({ name: 'Spårbar 2' }), { 'if-match': '"1"' });
  return { m, id: body.id as string };
}

describe('the audit chain', () => {
  it('records every write with person, time, entity, action, before and after, and verifies', async () => {
    const { m, id } = await municipalityWithHistory();
    const rows = await queryRows<{ action: string; actor_person_id: string; before: { name: string } | null; after: { name: string } }>(server.database.db,
      sql`select action, actor_person_id, before, after from audit_events where organisation_id = ${m.id} and entity_id = ${id} order by seq`,
    );
    expect(rows.map((r) => r.action)).toEqual(['create', 'update']);
    expect(rows[1]).toMatchObject({ actor_person_id: m.people.admin.personId, before: { name: 'Spårbar' }, after: { name: 'Spårbar 2' } });
    const report = await verifyAuditChain(server.database.db, m.id);
    expect(report.ok).toBe(true);
    expect(report.events).toBeGreaterThan(5);
  });

  it('detects an event changed after it was written', async () => {
    const { m, id } = await municipalityWithHistory();
    await server.database.db.execute(
      sql`update audit_events set after = jsonb_set(after, '{name}', '"Förfalskat"') where organisation_id = ${m.id} and entity_id = ${id} and action = 'update'`,
    );
    const report = await verifyAuditChain(server.database.db, m.id);
    expect(report.ok).toBe(false);
    expect(report.problems.join(' ')).toMatch(/changed after it was written/);
  });

  it('detects a deleted event in the middle and a deleted newest event', async () => {
    const first = await municipalityWithHistory();
    await server.database.db.execute(sql`delete from audit_events where organisation_id = ${first.m.id} and entity_id = ${first.id} and action = 'create'`);
    expect((await verifyAuditChain(server.database.db, first.m.id)).problems.join(' ')).toMatch(/missing/);

    const second = await municipalityWithHistory();
    await server.database.db.execute(sql`delete from audit_events where organisation_id = ${second.m.id} and entity_id = ${second.id} and action = 'update'`);
    const report = await verifyAuditChain(server.database.db, second.m.id);
    expect(report.ok).toBe(false);
    expect(report.problems.join(' ')).toMatch(/newest event/);
  });

  it('keeps one chain per municipality, so one municipality’s writes never break another’s', async () => {
    const a = await municipalityWithHistory();
    const b = await municipalityWithHistory();
    expect((await verifyAuditChain(server.database.db, a.m.id)).ok).toBe(true);
    expect((await verifyAuditChain(server.database.db, b.m.id)).ok).toBe(true);
  });
});
