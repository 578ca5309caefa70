import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db.js';
import { createTestMunicipality, type Municipality, systemInput } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const defaults = { owner: 15, manager: 15, classification: 15, yearlyCost: 10, supplier: 10, capability: 10, contract: 10, department: 10, description: 5 };

async function leafCapability(m: Municipality) {
  const res = await (await m.as('admin')).get('/api/v1/capabilities');
  return (res.body.items as { id: string; leaf: boolean }[]).find((c) => c.leaf)!.id;
}

/** A complete system, and one with only a name, a supplier, a cost and a description. */
async function twoSystems(m: Municipality) {
  const admin = await m.as('admin');
  const capability = await leafCapability(m);
  const full = await admin.post(
    '/api/v1/applications',
    systemInput({
      name: 'Fullständig',
      ownerId: m.people.systemagare.personId,
      managerId: m.people.forvaltningsledare.personId,
      departmentIds: [m.departments.a],
      capabilityIds: [capability],
      classification: { k: 2, r: 2, t: 3 },
      contract: { endDate: '2028-12-31', noticeMonths: 6 },
    }),
  );
  const thin = await admin.post('/api/v1/applications', systemInput({ name: 'Tunn' }));
  expect([full.status, thin.status]).toEqual([201, 201]);
  return { full: full.body, thin: thin.body };
}

const storedScore = async (m: Municipality, id: string) =>
  (await queryRows<{ quality_score: number }>(server.database.db, sql`select quality_score from applications where organisation_id = ${m.id} and id = ${id}`))[0]!.quality_score;

describe('the completeness score', () => {
  it('is shown on the system with the missing fields, heaviest first, and stored for the list', async () => {
    const m = await createTestMunicipality(server);
    const { full, thin } = await twoSystems(m);
    expect(full.quality).toEqual({ score: 100, band: 'high', missing: [] });
    // Supplier, cost and description are there: 10 + 10 + 5.
    expect(thin.quality).toEqual({ score: 25, band: 'low', missing: ['owner', 'manager', 'classification', 'yearlyCost', 'capability', 'contract', 'department'].filter((f) => f !== 'yearlyCost') });
    expect(await storedScore(m, full.id)).toBe(100);
    expect(await storedScore(m, thin.id)).toBe(25);

    const list = (await (await m.as('lasare')).get('/api/v1/applications?sort=quality&order=asc')).body;
    expect(list.items.map((i: { name: string; qualityScore: number }) => [i.name, i.qualityScore])).toEqual([['Tunn', 25], ['Fullständig', 100]]);
  });

  it('follows every change of the record in the same write', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const { thin } = await twoSystems(m);
    const res = await admin.put(`/api/v1/applications/${thin.id}`, systemInput({ name: 'Tunn', ownerId: m.people.systemagare.personId, yearlyCost: null }), { 'If-Match': `"${thin.rowVersion}"` });
    expect(res.status).toBe(200);
    expect(res.body.quality.score).toBe(30);
    expect(res.body.quality.missing).toContain('yearlyCost');
    expect(await storedScore(m, thin.id)).toBe(30);
  });

  it('follows an agreement of the register that is archived and restored', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const agreement = await admin.post('/api/v1/agreements', { name: 'Ramavtal Programvaror', kind: 'contract', supplier: 'Leverantören AB', endDate: '2029-12-31' });
    expect(agreement.status).toBe(201);
    const system = await admin.post('/api/v1/applications', systemInput({ name: 'Avtalad', contract: { agreementId: agreement.body.id, endDate: null, noticeMonths: null } }));
    expect(system.status, JSON.stringify(system.body)).toBe(201);
    const linked = await storedScore(m, system.body.id);
    const archived = await admin.delete(`/api/v1/records/agreement/${agreement.body.id}`, { 'if-match': agreement.headers.get('etag')! });
    expect(archived.status, JSON.stringify(archived.body)).toBeLessThan(300);
    expect(await storedScore(m, system.body.id)).toBe(linked - 10);
    const current = await admin.get(`/api/v1/agreements/${agreement.body.id}`);
    expect((await admin.post(`/api/v1/records/agreement/${agreement.body.id}/restore`, {}, { 'if-match': current.headers.get('etag')! })).status).toBeLessThan(300);
    expect(await storedScore(m, system.body.id)).toBe(linked);
  });

  it('filters the list by band and counts the matches over all pages', async () => {
    const m = await createTestMunicipality(server);
    await twoSystems(m);
    const reader = await m.as('lasare');
    const names = async (band: string) => {
      const body = (await reader.get(`/api/v1/applications?quality=${band}&pageSize=1`)).body;
      return { total: body.total, names: body.items.map((i: { name: string }) => i.name) };
    };
    expect(await names('low')).toEqual({ total: 1, names: ['Tunn'] });
    expect(await names('medium')).toEqual({ total: 0, names: [] });
    expect(await names('high')).toEqual({ total: 1, names: ['Fullständig'] });
    expect((await reader.get('/api/v1/applications?quality=perfect')).status).toBe(400);
  });

  it('lets an admin change the weights under If-Match, rescoring every system at once, audited', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const { full, thin } = await twoSystems(m);
    const read = await admin.get('/api/v1/quality/weights');
    expect(read.body).toMatchObject({ weights: defaults, defaults, rowVersion: 0, allowedManage: true });
    expect(read.headers.get('etag')).toBe('"0"');

    // Only description and supplier count now: the thin system has both.
    const weights = { ...Object.fromEntries(Object.keys(defaults).map((k) => [k, 0])), description: 1, supplier: 3 };
    expect((await admin.put('/api/v1/quality/weights', weights)).status).toBe(428);
    expect((await admin.put('/api/v1/quality/weights', weights, { 'If-Match': '"7"' })).status).toBe(412);
    const saved = await admin.put('/api/v1/quality/weights', weights, { 'If-Match': '"0"' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ weights, rowVersion: 1 });
    expect(await storedScore(m, thin.id)).toBe(100);
    expect(await storedScore(m, full.id)).toBe(100);
    expect((await admin.get(`/api/v1/applications/${thin.id}`)).body.quality).toEqual({ score: 100, band: 'high', missing: [] });
    // The same stale version again loses: the first save moved it on.
    expect((await admin.put('/api/v1/quality/weights', defaults, { 'If-Match': '"0"' })).status).toBe(412);
    const back = await admin.put('/api/v1/quality/weights', { ...defaults, description: 0 }, { 'If-Match': '"1"' });
    expect(back.status).toBe(200);
    // 10 of the remaining 95 (supplier and cost): 10.5 → 11.
    expect(await storedScore(m, thin.id)).toBe(21);

    const events = await queryRows<{ action: string; before: { description: number }; after: { description: number } }>(
      server.database.db,
      sql`select action, before, after from audit_events where organisation_id = ${m.id} and entity_type = 'quality_weights' order by seq`,
    );
    expect(events.map((e) => [e.action, e.before.description, e.after.description])).toEqual([['create', 5, 1], ['update', 1, 0]]);
  });

  it('refuses the weights to anyone but an admin, and hostile weights, changing nothing', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    for (const role of ['it_chef', 'lasare', 'systemagare'] as const) {
      expect((await (await m.as(role)).put('/api/v1/quality/weights', defaults, { 'If-Match': '"0"' })).status).toBe(403);
    }
    for (const bad of [{ ...defaults, owner: -1 }, { ...defaults, owner: 101 }, { ...defaults, owner: 1.5 }, { ...defaults, owner: '15' }, { ...defaults, extra: 1 }, { owner: 15 }, 'x'.repeat(10_000)]) {
      const res = await admin.put('/api/v1/quality/weights', bad, { 'If-Match': '"0"' });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    expect((await admin.get('/api/v1/quality/weights')).body.rowVersion).toBe(0);
  });

  it("changes only the own municipality's scores and distribution", async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server, 'Grannkommun');
    const { thin } = await twoSystems(m);
    const theirs = await twoSystems(other);
    const zeroed = { ...defaults, owner: 0, manager: 0, classification: 0, capability: 0, contract: 0, department: 0 };
    expect((await (await m.as('admin')).put('/api/v1/quality/weights', zeroed, { 'If-Match': '"0"' })).status).toBe(200);
    expect(await storedScore(m, thin.id)).toBe(100);
    expect(await storedScore(other, theirs.thin.id)).toBe(25);
    expect((await (await other.as('admin')).get('/api/v1/quality/weights')).body.rowVersion).toBe(0);
    const dist = (await (await other.as('lasare')).get('/api/v1/quality/distribution')).body;
    expect(dist.departments.reduce((s: number, d: { low: number; medium: number; high: number }) => s + d.low + d.medium + d.high, 0)).toBe(2);
  });

  it('shows the start page the distribution per department, systems of no department last', async () => {
    const m = await createTestMunicipality(server);
    await twoSystems(m);
    const res = await (await m.as('kommundirektor')).get('/api/v1/quality/distribution');
    expect(res.status).toBe(200);
    expect(res.body.departments).toEqual([
      { departmentId: m.departments.a, name: 'Socialförvaltningen', low: 0, medium: 0, high: 1, average: 100 },
      { departmentId: null, name: null, low: 1, medium: 0, high: 0, average: 25 },
    ]);
  });
});
